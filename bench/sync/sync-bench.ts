// Sync benchmark (npm run bench:sync): 200 accounts with a backlog of mentions each, from the X simulator
// into Postgres through the real worker (pg-boss queue, advisory locks, set-based ingest), end to end.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/rapport_test npx tsx bench/sync/sync-bench.ts [--accounts=200] [--mentions=1000] [--concurrency=8]
//
// X's mentions timeline serves only an account's newest 800 mentions, so a first sync of a 1,000-mention
// backlog stores exactly those 800 (older ones are out of X's reach through it; reading them from search
// would bill 200 more items per account for conversations weeks old). The check is against the
// simulator's ground truth: per account, exactly its newest 800, each once.
// Prints human lines, then one line of JSON with the figures (the last line).
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split("=")[1]) : fallback;
};
const ACCOUNTS = arg("accounts", 200);
const MENTIONS = arg("mentions", 1000);
// What X's mentions timeline serves (FACTS.md).
const TIMELINE_CAP = 800;
const CONCURRENCY = arg("concurrency", 8);
const PAGE = 100;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/rapport_test";
process.env.AUTH_SECRET ??= "benchmark-secret-at-least-32-characters-long";
process.env.TOKEN_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "test" });

const here = path.dirname(fileURLToPath(import.meta.url));

// CPU time of another process (the simulator, Postgres backends), from /proc: utime + stime in clock ticks.
const CLOCK_TICKS_PER_SECOND = 100;
function cpuMsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

async function main() {
  // The simulator runs in a child process so it does not share a core with the worker under test.
  const sim = await startSimProcess();
  process.env.X_API_BASE_URL = sim.url;
  process.env.X_CLIENT_ID = "rapport-dev";
  process.env.X_CLIENT_SECRET = "rapport-dev-secret";

  const { db } = await import("@/lib/db");
  const { saveConnection } = await import("@/lib/x-accounts");
  const { startSyncWorker } = await import("@/lib/sync");
  const control = async <T,>(method: string, p: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${sim.url}${p}`, { method, headers: body ? { "content-type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
    if (!res.ok) throw new Error(`${method} ${p} → ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  const tag = randomBytes(4).toString("hex");
  const agency = await db.agency.create({ data: { name: `Bench ${tag}`, slug: `bench-${tag}` } });
  const hours = { mon: [{ start: "09:00", end: "17:00" }], tue: [{ start: "09:00", end: "17:00" }], wed: [], thu: [], fri: [], sat: [], sun: [] };
  const client = await db.client.create({ data: { agencyId: agency.id, name: `Bench client ${tag}`, businessHours: hours, timezone: "Europe/London" } });

  console.log(`setting up ${ACCOUNTS} accounts × ${MENTIONS} mentions on the simulator …`);
  const setupStarted = Date.now();
  type Minted = { access_token: string; refresh_token?: string; expires_in: number; scope: string; user: { id: string; username: string; name: string; followers: number } };
  const setupOne = async (i: number) => {
    const username = `b${tag}${i.toString(36)}`.slice(0, 15);
    const minted = await control<Minted>("POST", "/_sim/tokens", { username });
    await control("POST", "/_sim/mentions/bulk", { to: username, count: MENTIONS });
    const { accountId } = await saveConnection({
      agencyId: agency.id,
      clientId: client.id,
      connection: {
        accessToken: minted.access_token,
        refreshToken: minted.refresh_token ?? null,
        expiresAt: new Date(Date.now() + minted.expires_in * 1000),
        scopes: minted.scope.split(" "),
        user: { id: minted.user.id, username, name: minted.user.name, profileImageUrl: null, followersCount: minted.user.followers },
      },
    });
    return { id: accountId, username };
  };
  const accounts: Array<{ id: string; username: string }> = [];
  for (let i = 0; i < ACCOUNTS; i += 10) accounts.push(...(await Promise.all(Array.from({ length: Math.min(10, ACCOUNTS - i) }, (_, j) => setupOne(i + j)))));
  // Only the mentions backlog is measured: own posts, metrics and followers are pushed out of the window.
  const later = new Date(Date.now() + 3_600_000);
  await db.syncCursor.updateMany({ where: { accountId: { in: accounts.map((a) => a.id) }, endpoint: { not: "mentions" } }, data: { nextRunAt: later } });
  await control("DELETE", "/_sim/truth/requests");
  console.log(`setup done in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`);

  const perAccount = Math.min(MENTIONS, TIMELINE_CAP);
  const expected = ACCOUNTS * perAccount;
  // The machine may be shared: CPU time spent by the worker, the simulator and the worker's Postgres
  // backends says what the sync costs regardless of what else runs.
  const backends = new Map<number, { first: number; last: number }>();
  const sampleBackends = async () => {
    const rows = await db.$queryRaw<Array<{ pid: number }>>`SELECT pid FROM pg_stat_activity WHERE application_name IN ('rapport-sync', 'rapport-worker')`;
    for (const { pid } of rows) {
      const cpu = cpuMsOf(pid);
      if (cpu === null) continue;
      const seen = backends.get(pid);
      if (seen) seen.last = cpu;
      else backends.set(pid, { first: cpu, last: cpu });
    }
  };
  const simCpuStart = cpuMsOf(sim.pid) ?? 0;
  const workerCpuStart = process.cpuUsage();
  let peakRss = process.memoryUsage().rss;
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const worker = await startSyncWorker({ concurrency: CONCURRENCY, tickMs: 250, queueSuffix: `bench-${tag}`, agencyIds: [agency.id], sync: { activePollMs: 3_600_000, idlePollMs: 3_600_000 } });
  // Done when every account's mentions cursor has been advanced by a fully drained run. (Polling a small
  // table: counting posts while they are written would itself load the database being measured.)
  for (;;) {
    const [row] = await db.$queryRaw<Array<{ drained: bigint }>>`
      SELECT count(*) AS drained FROM sync_cursors s JOIN x_accounts a ON a.id = s.account_id
      WHERE a.agency_id = ${agency.id}::uuid AND s.endpoint = 'mentions' AND s.last_drained_at IS NOT NULL`;
    await sampleBackends();
    if (Number(row?.drained ?? 0) >= ACCOUNTS) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  const workerCpu = process.cpuUsage(workerCpuStart);
  const cpu = {
    worker: (workerCpu.user + workerCpu.system) / 1e6,
    simulator: ((cpuMsOf(sim.pid) ?? simCpuStart) - simCpuStart) / 1000,
    postgres: [...backends.values()].reduce((sum, b) => sum + b.last - b.first, 0) / 1000,
  };
  const cpuTotal = cpu.worker + cpu.simulator + cpu.postgres;
  clearInterval(rssTimer);
  await worker.stop();
  const stored = await db.post.count({ where: { clientId: client.id, inbound: true } });
  // Ground truth, account by account: the simulator's newest `perAccount` mentions, and nothing else.
  let mismatchedAccounts = 0;
  for (const account of accounts) {
    const truth = await control<{ items: Array<{ id: string; inMentions: boolean }> }>("GET", `/_sim/truth/accounts/${account.username}/inbound`);
    const want = truth.items.filter((i) => i.inMentions).slice(0, perAccount).map((i) => i.id).sort();
    const got = (await db.post.findMany({ where: { accountId: account.id, inbound: true }, select: { xId: true } })).map((p) => p.xId).sort();
    if (want.length !== got.length || want.some((id, i) => id !== got[i])) mismatchedAccounts++;
  }

  type Requests = { total: number; byEndpoint: Record<string, number>; billed: { postsRead: number; usersRead: number; costUsd: number } };
  const requests = await control<Requests>("GET", "/_sim/truth/requests");
  const mentionCalls = requests.byEndpoint["GET /2/users/:id/mentions"] ?? 0;
  const minimumCalls = ACCOUNTS * Math.ceil(perAccount / PAGE);
  const ledger = await db.apiUsageDaily.aggregate({ where: { agencyId: agency.id }, _sum: { items: true, calls: true, costMicros: true } });
  const truthOk = stored === expected && mismatchedAccounts === 0;

  const result = {
    bench: "sync",
    node: process.versions.node,
    accounts: ACCOUNTS,
    mentionsPerAccount: MENTIONS,
    readableMentionsPerAccount: perAccount,
    mentionsStored: stored,
    accountsDifferingFromTruth: mismatchedAccounts,
    exact: truthOk,
    seconds: Number(seconds.toFixed(2)),
    mentionsPerSecond: Math.round(stored / seconds),
    xCalls: requests.total,
    mentionCalls,
    minimumMentionCalls: minimumCalls,
    billedItems: Number(ledger._sum.items ?? 0),
    billedItemsSim: requests.billed.postsRead + requests.billed.usersRead,
    estimatedCostUsd: Number(ledger._sum.costMicros ?? 0n) / 1_000_000,
    peakRssMb: Math.round(peakRss / 1_048_576),
    concurrency: CONCURRENCY,
    cpuSeconds: { worker: round(cpu.worker), simulator: round(cpu.simulator), postgres: round(cpu.postgres) },
    cpuMsPerMention: round((cpuTotal * 1000) / Math.max(1, stored), 3),
    // What two otherwise idle cores could sustain at this CPU cost (the sync's own CPU only).
    projectedMentionsPerSecondOn2IdleCores: Math.round((2 * Math.max(1, stored)) / cpuTotal),
    loadAverage: Number(loadavg()[0]?.toFixed(2)),
  };
  console.log(`stored ${stored} of ${expected} mentions (${truthOk ? "exactly the simulator's newest " + perAccount + " per account" : `MISMATCH in ${mismatchedAccounts} accounts`}) in ${result.seconds} s: ${result.mentionsPerSecond} mentions/s end to end`);
  console.log(`X calls: ${requests.total} (mentions ${mentionCalls}; minimum ${minimumCalls} = ${ACCOUNTS} × ceil(${perAccount}/${PAGE}))`);
  console.log(`billed items: ${result.billedItems} in our ledger, ${result.billedItemsSim} by the simulator; estimated cost $${result.estimatedCostUsd.toFixed(2)}`);
  console.log(`peak RSS of the worker process: ${result.peakRssMb} MB`);
  console.log(
    `CPU: worker ${result.cpuSeconds.worker} s, simulator ${result.cpuSeconds.simulator} s, Postgres ${result.cpuSeconds.postgres} s = ${result.cpuMsPerMention} ms per mention; ` +
      `two idle cores would sustain ≈ ${result.projectedMentionsPerSecondOn2IdleCores} mentions/s (load average during the run: ${result.loadAverage})`,
  );
  await sim.stop();
  await db.$disconnect();
  console.log(JSON.stringify(result));
  process.exit(truthOk ? 0 : 1);
}

function startSimProcess(): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(path.join(here, "sim-process.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.once("error", reject);
    child.once("message", (message: unknown) => {
      const url = (message as { url?: string }).url;
      if (!url) return reject(new Error("simulator did not start"));
      resolve({
        url,
        pid: child.pid ?? 0,
        stop: () =>
          new Promise<void>((done) => {
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
