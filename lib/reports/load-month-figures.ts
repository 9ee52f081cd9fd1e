import { db } from "@/lib/db";
import { RESPONSE_BUCKETS } from "@/lib/metrics/definitions";
import { addCounts, COUNT_KEYS, emptyCounts, type MetricCounts } from "@/lib/metrics/metric-totals";
import { parseSeconds, responseStats } from "@/lib/metrics/response-times";
import type { AccountFigures, DailyFigures, PeriodFigures } from "./report-types";

const COLUMNS = COUNT_KEYS.map((key) => {
  const column = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return key === "impressions" ? `m.impressions::float8 AS "impressions"` : `m.${column} AS "${key}"`;
}).join(", ");

const ROWS_SQL = `
SELECT m.account_id::text AS "accountId", to_char(m.day, 'YYYY-MM-DD') AS day, m.followers,
       array_to_string(m.response_seconds, ',') AS "responseSeconds", ${COLUMNS}
FROM daily_metrics m
WHERE m.agency_id = $1::uuid AND m.client_id = $2::uuid AND m.day >= $3::date AND m.day <= $4::date
ORDER BY m.day, m.account_id`;

const FOLLOWERS_BEFORE_SQL = `
SELECT DISTINCT ON (m.account_id) m.account_id::text AS "accountId", m.followers
FROM daily_metrics m
WHERE m.agency_id = $1::uuid AND m.client_id = $2::uuid AND m.day < $3::date AND m.followers IS NOT NULL
ORDER BY m.account_id, m.day DESC`;

type Row = MetricCounts & { accountId: string; day: string; followers: number | null; responseSeconds: string };

export type MonthFigures = { total: PeriodFigures; daily: DailyFigures[]; accounts: AccountFigures[]; buckets: number[] };

/**
 * A client's figures for the local days `days` (ascending, "YYYY-MM-DD"), read from the rollups:
 * the period's totals, each day's, each account's, and the first-response distribution.
 */
export async function loadMonthFigures(input: {
  agencyId: string;
  clientId: string;
  days: readonly string[];
  accounts: readonly { id: string; username: string }[];
}): Promise<MonthFigures> {
  const { agencyId, clientId, days } = input;
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return { total: emptyFigures(), daily: [], accounts: [], buckets: RESPONSE_BUCKETS.map(() => 0) };
  const [rows, before] = await Promise.all([
    db.$queryRawUnsafe(ROWS_SQL, agencyId, clientId, first, last) as Promise<Row[]>,
    db.$queryRawUnsafe(FOLLOWERS_BEFORE_SQL, agencyId, clientId, first) as Promise<{ accountId: string; followers: number }[]>,
  ]);

  const followers = trackFollowers(days, rows, new Map(before.map((b) => [b.accountId, b.followers])));
  const byDay = new Map<string, MetricCounts>();
  const byAccount = new Map<string, MetricCounts>();
  const secondsByDay = new Map<string, number[][]>();
  for (const row of rows) {
    addCounts(getOr(byDay, row.day), row);
    addCounts(getOr(byAccount, row.accountId), row);
    const seconds = parseSeconds(row.responseSeconds);
    if (seconds.length) secondsByDay.set(row.day, [...(secondsByDay.get(row.day) ?? []), seconds]);
  }
  const overall = responseStats([...secondsByDay.values()].flat());

  const daily: DailyFigures[] = days.map((date) => {
    const response = responseStats(secondsByDay.get(date) ?? []);
    const counted = followers.dayTotals.get(date) ?? null;
    return {
      date,
      ...(byDay.get(date) ?? emptyCounts()),
      medianFirstResponseSeconds: response.median,
      p90FirstResponseSeconds: response.p90,
      followers: counted,
      followersStart: null,
    };
  });

  const accounts: AccountFigures[] = input.accounts
    .filter((a) => byAccount.has(a.id))
    .map((a) => ({
      accountId: a.id,
      username: a.username,
      ...(byAccount.get(a.id) ?? emptyCounts()),
      medianFirstResponseSeconds: null,
      p90FirstResponseSeconds: null,
      followers: followers.end.get(a.id) ?? null,
      followersStart: followers.start.get(a.id) ?? null,
    }));

  const total: PeriodFigures = {
    ...[...byDay.values()].reduce((sum, c) => addCounts(sum, c), emptyCounts()),
    medianFirstResponseSeconds: overall.median,
    p90FirstResponseSeconds: overall.p90,
    followers: sumOrNull(followers.end.values()),
    followersStart: sumOrNull(followers.start.values()),
  };
  return { total, daily, accounts, buckets: overall.buckets };
}

export function emptyFigures(): PeriodFigures {
  return { ...emptyCounts(), medianFirstResponseSeconds: null, p90FirstResponseSeconds: null, followers: null, followersStart: null };
}

function getOr(map: Map<string, MetricCounts>, key: string): MetricCounts {
  let value = map.get(key);
  if (!value) map.set(key, (value = emptyCounts()));
  return value;
}

function sumOrNull(values: Iterable<number>): number | null {
  let sum: number | null = null;
  for (const value of values) sum = (sum ?? 0) + value;
  return sum;
}

/**
 * Followers are daily snapshots with gaps (history starts when Rapport starts observing), so each
 * account's count is carried forward. Per account: start = last count before the period, or its
 * first count in it; end = its last count in the period. The client's figures are sums over accounts.
 */
function trackFollowers(days: readonly string[], rows: readonly Row[], before: Map<string, number>) {
  const start = new Map(before);
  const end = new Map(before);
  const dayTotals = new Map<string, number>();
  let index = 0;
  for (const day of days) {
    for (; index < rows.length && (rows[index]?.day ?? "") <= day; index++) {
      const row = rows[index];
      if (!row || row.followers === null) continue;
      if (!start.has(row.accountId)) start.set(row.accountId, row.followers);
      end.set(row.accountId, row.followers);
    }
    if (end.size > 0) dayTotals.set(day, [...end.values()].reduce((a, b) => a + b, 0));
  }
  return { start, end, dayTotals };
}
