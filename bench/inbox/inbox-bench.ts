// Inbox benchmark (npm run bench:inbox): a 200-client agency with 1,000,000 mentions, the inbox's first and
// deep pages through the app's own data function (listInbox) and, in the same run, the very same SQL through
// plain pg (the floor); then the inbox page over HTTP at 20 concurrent signed-in staff.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/rapport_test npx tsx bench/inbox/inbox-bench.ts \
//     [--posts=1000000] [--iterations=80] [--http-seconds=20] [--port=3190] [--workers=<cores>] [--no-http]
//
// The database must be migrated (npx tsx scripts/prisma.ts migrate deploy). The tenant is generated once and
// reused by later runs. HTTP runs a production build in .next-inbox (built when sources changed).
// Prints human lines, then one line of JSON with the figures (the last line).
import { randomBytes } from "node:crypto";
import { availableParallelism, cpus, loadavg } from "node:os";
import pg from "pg";
import { measureHttp } from "./http-bench";
import { percentiles, round } from "./percentiles";
import { ensureBenchTenant } from "./seed-bench-tenant";

const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split("=")[1]) : fallback;
};
const POSTS = arg("posts", 1_000_000);
const ITERATIONS = arg("iterations", 80);
const HTTP_SECONDS = arg("http-seconds", 20);
const PORT = arg("port", 3190);
const HTTP = !process.argv.includes("--no-http");
// Web processes for the HTTP phase; the default is what `npm start` runs (one per core).
const WORKERS = arg("workers", availableParallelism());

process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/rapport_test";
process.env.AUTH_SECRET ??= "benchmark-secret-at-least-32-characters-long";
process.env.TOKEN_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "test" });

type Scenario = { name: string; who: "all-clients staff" | "staff on 20 clients"; filters: Record<string, unknown>; depth: number };

// Depth is the number of pages of 50 read before the measured one (a deep page is 2,000 rows in).
const SCENARIOS: Scenario[] = [
  { name: "first page, SLA order", who: "all-clients staff", filters: {}, depth: 0 },
  { name: "deep page (rows 2,001-2,050), SLA order", who: "all-clients staff", filters: {}, depth: 40 },
  { name: "first page, newest", who: "all-clients staff", filters: { sort: "newest" }, depth: 0 },
  { name: "deep page, newest", who: "all-clients staff", filters: { sort: "newest" }, depth: 40 },
  { name: "filters: unassigned mentions", who: "all-clients staff", filters: { assignee: "unassigned", kind: "mention" }, depth: 0 },
  { name: "filters: unassigned mentions, deep page", who: "all-clients staff", filters: { assignee: "unassigned", kind: "mention" }, depth: 20 },
  { name: "filters: SLA breached, deep page", who: "all-clients staff", filters: { breached: true }, depth: 20 },
  { name: "filters: tag", who: "all-clients staff", filters: { tag: "refund" }, depth: 0 },
  { name: "filters: one client", who: "all-clients staff", filters: { client: "first" }, depth: 0 },
  { name: "search: rare word", who: "all-clients staff", filters: { q: "kangaroo" }, depth: 0 },
  { name: "search: common name", who: "all-clients staff", filters: { q: "maria" }, depth: 0 },
  { name: "staff on 20 clients, first page", who: "staff on 20 clients", filters: {}, depth: 0 },
  { name: "staff on 20 clients, deep page", who: "staff on 20 clients", filters: {}, depth: 20 },
  { name: "status: all, first page", who: "all-clients staff", filters: { status: "all" }, depth: 0 },
];

async function main() {
  const started = Date.now();
  const log = (line: string) => console.log(line);
  const raw = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await raw.connect();
  const tenant = await ensureBenchTenant(raw, POSTS, log);

  const { db } = await import("@/lib/db");
  const { loadActor } = await import("@/lib/auth/load-actor");
  const { listInbox, INBOX_PAGE_SIZE } = await import("@/lib/inbox/list-inbox");
  const { countInbox } = await import("@/lib/inbox/count-inbox");
  const { buildInboxQuery, buildInboxCountQuery } = await import("@/lib/inbox/build-inbox-query");
  const { INBOX_COUNT_CAP, inboxFiltersSchema } = await import("@/lib/inbox/inbox-filters");
  const { inboxScope } = await import("@/lib/inbox/inbox-scope");
  const { decodeCursor } = await import("@/lib/inbox/inbox-cursor");

  const allClients = tenant.staff.find((s) => s.allClients);
  const someClients = tenant.staff.find((s) => !s.allClients);
  if (!allClients || !someClients) throw new Error("bench tenant has no staff");
  const actors = {
    "all-clients staff": (await loadActor(allClients.id, 0))!,
    "staff on 20 clients": (await loadActor(someClients.id, 0))!,
  };
  const firstClient = (await raw.query<{ id: string }>(`SELECT id FROM clients WHERE agency_id = $1 ORDER BY name LIMIT 1`, [tenant.agencyId])).rows[0]!.id;
  const open = (await raw.query<{ n: string }>(`SELECT count(*) AS n FROM conversations WHERE agency_id = $1 AND status = 'OPEN'`, [tenant.agencyId])).rows[0]!.n;
  log(`Bench tenant: ${tenant.posts.toLocaleString("en")} posts, ${tenant.conversations.toLocaleString("en")} conversations (${Number(open).toLocaleString("en")} open), 200 clients.`);
  log(`Machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} (other work on this machine shows up in the figures).`);
  log(`\nData function (listInbox) vs the same SQL through plain pg, ${ITERATIONS} runs each, interleaved; ms:`);

  const results: Record<string, unknown>[] = [];
  for (const scenario of SCENARIOS) {
    const actor = actors[scenario.who];
    const filters = inboxFiltersSchema.parse({ ...scenario.filters, ...(scenario.filters.client === "first" ? { client: firstClient } : {}) });
    const now = new Date();
    let cursor: string | undefined;
    for (let page = 0; page < scenario.depth; page++) {
      const next = (await listInbox(actor, { filters, cursor }, now)).nextCursor;
      if (!next) break;
      cursor = next;
    }
    const scope = inboxScope(actor, filters)!;
    const query = buildInboxQuery({ scope, filters, cursor: cursor ? decodeCursor(cursor, filters.sort) : null, limit: INBOX_PAGE_SIZE + 1, now });
    const fn: number[] = [];
    const floor: number[] = [];
    let rows = 0;
    for (let i = 0; i < ITERATIONS + 5; i++) {
      const t0 = performance.now();
      const page = await listInbox(actor, { filters, cursor }, now);
      const t1 = performance.now();
      await raw.query(query.text, query.values);
      const t2 = performance.now();
      if (i < 5) continue;
      fn.push(t1 - t0);
      floor.push(t2 - t1);
      rows = page.rows.length;
    }
    const f = percentiles(fn);
    const s = percentiles(floor);
    log(`  ${scenario.name.padEnd(44)} listInbox p50 ${f.p50.toFixed(2).padStart(6)} p95 ${f.p95.toFixed(2).padStart(6)} | SQL p50 ${s.p50.toFixed(2).padStart(6)} p95 ${s.p95.toFixed(2).padStart(6)} | ${(f.p95 / s.p95).toFixed(2)}x, ${rows} rows`);
    results.push({ name: scenario.name, who: scenario.who, rows, listInbox: { p50: round(f.p50), p95: round(f.p95) }, sql: { p50: round(s.p50), p95: round(s.p95) }, ratioP95: round(f.p95 / s.p95) });
  }

  const countTimes: number[] = [];
  const countFloor: number[] = [];
  const countActor = actors["all-clients staff"];
  const countQuery = buildInboxCountQuery({ scope: inboxScope(countActor, { client: undefined })!, filters: inboxFiltersSchema.parse({}), now: new Date(), cap: INBOX_COUNT_CAP });
  for (let i = 0; i < ITERATIONS + 5; i++) {
    const t0 = performance.now();
    await countInbox(countActor, {});
    const t1 = performance.now();
    await raw.query(countQuery.text, countQuery.values);
    const t2 = performance.now();
    if (i < 5) continue;
    countTimes.push(t1 - t0);
    countFloor.push(t2 - t1);
  }
  const c = percentiles(countTimes);
  const cf = percentiles(countFloor);
  log(`  ${`status counts (capped at ${INBOX_COUNT_CAP}+)`.padEnd(44)} countInbox p50 ${c.p50.toFixed(2).padStart(5)} p95 ${c.p95.toFixed(2).padStart(6)} | SQL p50 ${cf.p50.toFixed(2).padStart(6)} p95 ${cf.p95.toFixed(2).padStart(6)}`);

  const worstP95 = Math.max(...results.map((r) => (r.listInbox as { p95: number }).p95));
  const worstRatio = Math.max(...results.map((r) => r.ratioP95 as number));
  log(`\nWorst listInbox p95: ${worstP95.toFixed(2)} ms (goal ≤ 25 ms); worst ratio to the SQL floor: ${worstRatio.toFixed(2)}x (goal ≤ 2x).`);

  await db.$disconnect();
  await raw.end();

  let http: Awaited<ReturnType<typeof measureHttp>> | null = null;
  if (HTTP) {
    log(`\nHTTP: GET /inbox, 20 concurrent signed-in staff (each its own session), ${HTTP_SECONDS} s, production server with ${WORKERS} web process(es):`);
    http = await measureHttp({ port: PORT, seconds: HTTP_SECONDS, workers: WORKERS, staff: tenant.staff, log });
    log(`  back to back: p50 ${http.p50} ms, p95 ${http.p95} ms, p99 ${http.p99} ms, ${http.requestsPerSecond} req/s, ${http.requests} requests, ${http.errors} errors, ${http.non2xx} non-2xx (goal: p95 ≤ 150 ms, no errors); app CPU ${http.serverCpuMsPerRequest ?? "?"} ms per page`);
    log(`  floor, the near-empty /settings back to back: p50 ${http.floor.p50} ms, p95 ${http.floor.p95} ms, ${http.floor.requestsPerSecond} req/s, ${http.floor.errors} errors, ${http.floor.non2xx} non-2xx`);
    log(`  each staff member loading about every 5 s (random, independent): p50 ${http.paced.p50} ms, p95 ${http.paced.p95} ms, p99 ${http.paced.p99} ms, ${http.paced.requests} requests, ${http.paced.errors} errors, ${http.paced.non2xx} non-2xx`);
  }

  log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  console.log(
    JSON.stringify({
      benchmark: "inbox",
      node: process.versions.node,
      posts: tenant.posts,
      conversations: tenant.conversations,
      clients: 200,
      iterations: ITERATIONS,
      loadAverage: loadavg().map((l) => round(l)),
      dataFunction: results,
      counts: { countInbox: { p50: round(c.p50), p95: round(c.p95) }, sql: { p50: round(cf.p50), p95: round(cf.p95) } },
      worst: { listInboxP95: round(worstP95), ratioP95: round(worstRatio) },
      http,
      goals: { dataFunctionP95Ms: 25, ratioToFloor: 2, httpP95Ms: 150 },
      met: { dataFunction: worstP95 <= 25 && worstRatio <= 2, http: http ? http.p95 <= 150 && http.errors === 0 && http.non2xx === 0 : null },
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
