// `npm run bench:report`: the monthly report at agency scale, against the database in DATABASE_URL
// (default: the test database). Builds a fresh agency with 200 clients — one with ~100,000 inbound
// posts in a month (plus ~70,000 brand replies), the rest with a few hundred — rolls the metrics up,
// then times the report build, the agency overview and the PDF. Human lines first; the last line is
// one line of JSON with the figures. Removes its data afterwards unless --keep.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/rapport_dev npx tsx bench/report/report-bench.ts [--runs 30] [--keep]
import { loadavg } from "node:os";

process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/rapport_test";
process.env.AUTH_SECRET ??= "bench-secret-that-is-at-least-32-characters";

// Imported after the environment is set: the database client reads DATABASE_URL when it loads.
const { db } = await import("@/lib/db");
const { refreshDailyMetrics } = await import("@/lib/metrics/refresh-daily-metrics");
const { buildAgencyOverview } = await import("@/lib/reports/build-agency-overview");
const { buildMonthlyReport } = await import("@/lib/reports/build-monthly-report");
const { addMonths, formatMonth, monthAt, monthSpan } = await import("@/lib/reports/month");
const { renderReportPdf } = await import("@/lib/reports/pdf/render-report-pdf");
const { WEEKDAYS_9_TO_5 } = await import("@/lib/sla/business-hours");
const { actorFor } = await import("@/tests/factories/actor-for");
const { createActivity } = await import("@/tests/factories/create-activity");
const { createTenant } = await import("@/tests/factories/create-tenant");

const argv = process.argv.slice(2);
const KEEP = argv.includes("--keep");
const RUNS = Number(argv[argv.indexOf("--runs") + 1]) || 30;
const CLIENTS = 200;
const BIG_INBOUND_PER_DAY = 1500; // per account, 2 accounts: ~100,000 inbound items in a month

const say = (line: string) => console.log(line);
const ms = (n: number) => `${n.toFixed(0)} ms`;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  return { p50: Math.round(at(0.5)), p95: Math.round(at(0.95)), max: Math.round(at(1)), runs: sorted.length };
}

async function time<T>(runs: number, work: () => Promise<T>): Promise<{ samples: number[]; last: T }> {
  const samples: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = await work();
    samples.push(performance.now() - started);
  }
  return { samples, last: last as T };
}

async function main() {
  const started = performance.now();
  const tenant = await createTenant("bench");
  const big = tenant.clients.a;
  await db.client.update({ where: { id: big.id }, data: { businessHours: WEEKDAYS_9_TO_5, timezone: "Europe/London", slaMinutes: 60 } });
  await db.$executeRawUnsafe(
    `INSERT INTO clients (id, agency_id, name, color, timezone, business_hours, sla_minutes, created_at, updated_at)
     SELECT gen_random_uuid(), $1::uuid, 'Bench client ' || lpad(g::text, 3, '0'),
            (ARRAY['#6366f1','#0ea5e9','#10b981','#f59e0b','#ef4444','#8b5cf6'])[1 + g % 6],
            (ARRAY['Europe/London','America/New_York','Asia/Tokyo','Australia/Sydney','Europe/Berlin'])[1 + g % 5],
            $2::jsonb, 30 + (g % 4) * 30, now() - interval '1 year', now()
     FROM generate_series(1, $3::int) g`,
    tenant.agencyId,
    JSON.stringify(WEEKDAYS_9_TO_5),
    CLIENTS - 2,
  );
  await db.client.updateMany({ where: { agencyId: tenant.agencyId }, data: { createdAt: new Date(Date.now() - 365 * 86_400_000) } });

  // The report month is last month (ended, not frozen: computed from the rollups, the slow path).
  const now = new Date();
  const month = addMonths(monthAt(now, "Europe/London"), -1);
  const from = monthSpan(addMonths(month, -1), "Europe/London").from;
  const until = monthSpan(month, "Europe/London").to;
  const days = Math.round((until.getTime() - from.getTime()) / 86_400_000);

  let step = performance.now();
  const bigActivity = await createActivity({
    agencyId: tenant.agencyId,
    clientId: big.id,
    from,
    days,
    until,
    accounts: 2,
    inboundPerDay: BIG_INBOUND_PER_DAY,
    ownPostsPerDay: 20,
    people: 30_000,
    followers: { start: 48_000, perDay: 35 },
    apiUsage: true,
    seed: 0.42,
  });
  say(`generated the big client (2 accounts, 2 months) in ${ms(performance.now() - step)}`);

  step = performance.now();
  const small = await db.client.findMany({ where: { agencyId: tenant.agencyId, id: { not: big.id } }, select: { id: true } });
  const people: string[] = [...bigActivity.peoplePrefixes];
  const brands: string[] = [...bigActivity.brandUserIds];
  for (let i = 0; i < small.length; i += 8) {
    const batch = await Promise.all(
      small.slice(i, i + 8).map((client, j) =>
        createActivity({ agencyId: tenant.agencyId, clientId: client.id, from, days, until, inboundPerDay: 8, people: 150, followers: { start: 2000 + j * 100, perDay: 2 }, apiUsage: true }),
      ),
    );
    people.push(...batch.flatMap((a) => a.peoplePrefixes));
    brands.push(...batch.flatMap((a) => a.brandUserIds));
  }
  say(`generated ${small.length} other clients in ${ms(performance.now() - step)}`);
  // Steady state, as autovacuum leaves it: statistics, and visibility maps for index-only scans.
  await db.$executeRawUnsafe("VACUUM (ANALYZE) posts, conversations");

  step = performance.now();
  const accounts = (await db.xAccount.findMany({ where: { agencyId: tenant.agencyId }, select: { id: true } })).map((a) => a.id);
  const refreshed = await refreshDailyMetrics({ accountIds: accounts, from, to: new Date(until.getTime() - 1), now });
  const refreshMs = performance.now() - step;
  say(`rolled up ${accounts.length} accounts × ${days} days (${refreshed.items.toLocaleString()} items needing an answer) in ${ms(refreshMs)}`);
  await db.$executeRawUnsafe("VACUUM (ANALYZE) daily_metrics");

  const span = monthSpan(month, "Europe/London");
  const [volume] = (await db.$queryRawUnsafe(
    `SELECT count(*) FILTER (WHERE inbound)::int AS inbound, count(*) FILTER (WHERE kind = 'OWN_REPLY')::int AS replies, count(*)::int AS posts
     FROM posts WHERE client_id = $1::uuid AND posted_at >= $2 AND posted_at < $3`,
    big.id,
    span.from,
    span.to,
  )) as { inbound: number; replies: number; posts: number }[];
  const [totals] = (await db.$queryRawUnsafe(`SELECT count(*)::int AS posts FROM posts WHERE agency_id = $1::uuid`, tenant.agencyId)) as { posts: number }[];
  say(`big client, ${formatMonth(month)}: ${volume?.inbound.toLocaleString()} inbound + ${volume?.replies.toLocaleString()} brand replies = ${((volume?.inbound ?? 0) + (volume?.replies ?? 0)).toLocaleString()} interactions (${volume?.posts.toLocaleString()} posts); ${totals?.posts.toLocaleString()} posts in the agency`);

  const admin = await actorFor(tenant.users.admin);
  const input = { clientId: big.id, month: formatMonth(month) };
  await time(3, () => buildMonthlyReport(admin, input, now));
  const report = await time(RUNS, () => buildMonthlyReport(admin, input, now));
  const reportStats = stats(report.samples);
  say(`report build (big client, ${RUNS} runs): p50 ${ms(reportStats.p50)}, p95 ${ms(reportStats.p95)} (goal ≤ 300 ms)`);

  await time(3, () => buildAgencyOverview(admin, { month: formatMonth(month) }, now));
  const overview = await time(RUNS, () => buildAgencyOverview(admin, { month: formatMonth(month) }, now));
  const overviewStats = stats(overview.samples);
  say(`agency overview (${overview.last.rows.length} clients, ${RUNS} runs): p50 ${ms(overviewStats.p50)}, p95 ${ms(overviewStats.p95)} (goal ≤ 500 ms)`);

  await renderReportPdf(report.last);
  const pdf = await time(Math.max(5, Math.round(RUNS / 3)), () => renderReportPdf(report.last));
  const pdfStats = stats(pdf.samples);
  say(`PDF (big client): p50 ${ms(pdfStats.p50)}, p95 ${ms(pdfStats.p95)}, ${Math.round(pdf.last.length / 1024)} KB`);

  if (!KEEP) {
    await db.agency.delete({ where: { id: tenant.agencyId } });
    for (const prefix of people) await db.$executeRawUnsafe(`DELETE FROM x_users WHERE id LIKE $1`, `${prefix}%`);
    await db.$executeRawUnsafe(`DELETE FROM x_users WHERE id = ANY($1::text[])`, brands);
  }
  const load = loadavg().map((l) => Number(l.toFixed(2)));
  say(`done in ${((performance.now() - started) / 1000).toFixed(0)} s${KEEP ? ` (kept agency ${tenant.agencyId})` : ""}; load average ${load.join(", ")} on this machine`);
  console.log(
    JSON.stringify({
      bench: "report",
      node: process.versions.node,
      clients: overview.last.rows.length,
      month: formatMonth(month),
      bigClient: { inbound: volume?.inbound ?? 0, brandReplies: volume?.replies ?? 0, posts: volume?.posts ?? 0 },
      agencyPosts: totals?.posts ?? 0,
      rollupMs: Math.round(refreshMs),
      reportMs: reportStats,
      overviewMs: overviewStats,
      pdfMs: pdfStats,
      pdfBytes: pdf.last.length,
      loadAverage: load,
    }),
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
