import type { XCallReport } from "@/lib/x";
import { tightestWindow } from "@/lib/x/report";
import type { BilledItemsCache, BilledKey } from "./billed-items-cache";
import { createdPriceMicros, PRICE_MICROS } from "./pricing";
import type { SqlRunner } from "./sql-runner";

export type UsageOwner = { agencyId: string; clientId: string; accountId: string };

/** A call report, or (notACall) an account's share of items read by a call counted elsewhere. */
export type UsageEntry = XCallReport & { notACall?: boolean };

const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

// One statement: the account's rate-limit state per endpoint (the last headers X sent); items not yet billed today for this agency go into api_billed_items (sorted, so two
// transactions touching the same ids lock them in the same order), the fresh ones are priced, and the
// day's ledger row per endpoint grows by the calls, billed items and cost.
const RECORD_SQL = `
WITH reads AS (
  SELECT * FROM unnest($4::date[], $5::text[], $6::text[], $7::text[]) AS r(day, endpoint, kind, x_id)
), firsts AS (
  SELECT DISTINCT ON (day, kind, x_id) day, endpoint, kind, x_id FROM reads ORDER BY day, kind, x_id, endpoint
), fresh AS (
  INSERT INTO api_billed_items (agency_id, day, kind, x_id)
  SELECT $1::uuid, day, kind, x_id FROM firsts ORDER BY day, kind, x_id
  ON CONFLICT DO NOTHING
  RETURNING day, kind, x_id
), billed AS (
  SELECT f.day, f.endpoint,
         count(*) FILTER (WHERE f.kind = 'post') AS posts,
         count(*) FILTER (WHERE f.kind = 'user') AS users
  FROM fresh JOIN firsts f USING (day, kind, x_id)
  GROUP BY f.day, f.endpoint
), calls AS (
  SELECT * FROM unnest($8::date[], $9::text[], $10::int[], $11::int[], $12::bigint[]) AS c(day, endpoint, calls, created, created_micros)
), rates AS (
  INSERT INTO rate_limit_states (account_id, endpoint, "limit", remaining, reset_at, updated_at)
  SELECT $3::uuid, e, l, r, s, now() FROM unnest($13::text[], $14::int[], $15::int[], $16::timestamptz[]) AS t(e, l, r, s)
  ORDER BY e
  ON CONFLICT (account_id, endpoint) DO UPDATE SET "limit" = EXCLUDED."limit", remaining = EXCLUDED.remaining,
    reset_at = EXCLUDED.reset_at, updated_at = now()
)
INSERT INTO api_usage_daily (agency_id, client_id, account_id, day, endpoint, calls, items, cost_micros)
SELECT $1::uuid, $2::uuid, $3::uuid, c.day, c.endpoint, c.calls,
       c.created + coalesce(b.posts, 0) + coalesce(b.users, 0),
       c.created_micros + coalesce(b.posts, 0) * ${PRICE_MICROS.postRead} + coalesce(b.users, 0) * ${PRICE_MICROS.userRead}
FROM calls c LEFT JOIN billed b ON b.day = c.day AND b.endpoint = c.endpoint
ORDER BY c.day, c.endpoint
ON CONFLICT (account_id, day, endpoint) DO UPDATE SET
  calls = api_usage_daily.calls + EXCLUDED.calls,
  items = api_usage_daily.items + EXCLUDED.items,
  cost_micros = api_usage_daily.cost_micros + EXCLUDED.cost_micros`;

/**
 * Writes a batch of X calls made for one account into the usage ledger (calls, billed items, cost per
 * UTC day and endpoint) and the account's stored rate-limit state (the last headers per endpoint).
 * X bills a post or user once per UTC day however often it is read; api_billed_items remembers what
 * was billed today per agency (X counts per app, so across agencies this over-estimates, never under).
 * `known` skips items this process already saw billed; returns the keys it sent, for the caller to add
 * to that cache once its transaction has committed.
 */
export async function recordXCalls(run: SqlRunner, owner: UsageOwner, reports: readonly UsageEntry[], known?: BilledItemsCache): Promise<BilledKey[]> {
  const keys: BilledKey[] = [];
  if (reports.length === 0) return keys;
  const reads = { day: [] as string[], endpoint: [] as string[], kind: [] as string[], id: [] as string[] };
  const calls = new Map<string, { day: string; endpoint: string; calls: number; created: number; createdMicros: number }>();
  const latestRate = new Map<string, UsageEntry>();
  for (const report of reports) {
    const day = utcDay(report.at);
    const key = `${day}|${report.endpoint}`;
    const row = calls.get(key) ?? { day, endpoint: report.endpoint, calls: 0, created: 0, createdMicros: 0 };
    if (!report.notACall) row.calls += 1;
    if (report.created) {
      row.created += 1;
      row.createdMicros += createdPriceMicros(report.created);
    }
    calls.set(key, row);
    for (const [kind, ids] of [["post", report.postIds], ["user", report.userIds]] as const) {
      for (const id of ids) {
        if (known?.has(owner.agencyId, day, kind, id)) continue;
        keys.push({ agencyId: owner.agencyId, day, kind, xId: id });
        reads.day.push(day);
        reads.endpoint.push(report.endpoint);
        reads.kind.push(kind);
        reads.id.push(id);
      }
    }
    const previous = latestRate.get(report.endpoint);
    if (report.rateLimit && (!previous || previous.at <= report.at)) latestRate.set(report.endpoint, report);
  }
  const rows = [...calls.values()];
  const rates = [...latestRate.values()].flatMap((r) => (r.rateLimit ? [{ endpoint: r.endpoint, window: tightestWindow(r.rateLimit) }] : []));
  await run(RECORD_SQL, [
    owner.agencyId,
    owner.clientId,
    owner.accountId,
    reads.day,
    reads.endpoint,
    reads.kind,
    reads.id,
    rows.map((r) => r.day),
    rows.map((r) => r.endpoint),
    rows.map((r) => r.calls),
    rows.map((r) => r.created),
    rows.map((r) => r.createdMicros),
    rates.map((r) => r.endpoint),
    rates.map((r) => r.window.limit),
    rates.map((r) => r.window.remaining),
    rates.map((r) => r.window.reset),
  ]);
  return keys;
}
