// The agency overview in one statement: per client, the month's sums from daily_metrics, follower
// growth per account (last count in the month minus the last before it, or the month's first) and
// the X cost from the usage ledger. Each aggregate filters by the tenant itself (not through a CTE
// the planner would guess at one row) so they are hash-joined once, never re-run per client.
// $1 agency, $2 client ids (null: all the agency's clients), $3 first day, $4 first day of next month.
const IN_SCOPE = (alias: string) => `${alias}.agency_id = $1::uuid AND ($2::uuid[] IS NULL OR ${alias}.client_id = ANY($2::uuid[]))`;

export const OVERVIEW_SQL = `
SELECT c.id::text AS "clientId", c.name, c.color, c.sla_minutes AS "slaMinutes",
  coalesce(x.inbound, 0) AS inbound, coalesce(x.needed_answer, 0) AS "neededAnswer", coalesce(x.answered, 0) AS answered,
  coalesce(x.sla_met, 0) AS "slaMet", coalesce(x.sla_breached, 0) AS "slaBreached",
  coalesce(x.own_original, 0) AS "ownOriginal", coalesce(x.own_link, 0) AS "ownLink", coalesce(x.own_replies, 0) AS "ownReplies",
  coalesce(x.own_reposts, 0) AS "ownReposts", coalesce(x.own_quotes, 0) AS "ownQuotes",
  NULL::int AS "medianSeconds", f.followers_end AS "followersEnd", f.followers_start AS "followersStart",
  coalesce(k.cost_micros, 0) AS "costMicros"
FROM clients c
LEFT JOIN (
  SELECT m.client_id,
    sum(m.inbound_mentions + m.inbound_replies + m.inbound_quotes)::int AS inbound, sum(m.needed_answer)::int AS needed_answer,
    sum(m.answered)::int AS answered, sum(m.sla_met)::int AS sla_met, sum(m.sla_breached)::int AS sla_breached,
    sum(m.own_original)::int AS own_original, sum(m.own_link)::int AS own_link, sum(m.own_replies)::int AS own_replies,
    sum(m.own_reposts)::int AS own_reposts, sum(m.own_quotes)::int AS own_quotes
  FROM daily_metrics m
  WHERE ${IN_SCOPE("m")} AND m.day >= $3::date AND m.day < $4::date
  GROUP BY m.client_id
) x ON x.client_id = c.id
LEFT JOIN (
  SELECT a.client_id, sum(e.followers)::int AS followers_end, sum(coalesce(b.followers, f.followers))::int AS followers_start
  FROM x_accounts a
  LEFT JOIN LATERAL (SELECT followers FROM daily_metrics WHERE account_id = a.id AND day < $4::date AND followers IS NOT NULL ORDER BY day DESC LIMIT 1) e ON true
  LEFT JOIN LATERAL (SELECT followers FROM daily_metrics WHERE account_id = a.id AND day < $3::date AND followers IS NOT NULL ORDER BY day DESC LIMIT 1) b ON true
  LEFT JOIN LATERAL (SELECT followers FROM daily_metrics WHERE account_id = a.id AND day >= $3::date AND day < $4::date AND followers IS NOT NULL ORDER BY day LIMIT 1) f ON true
  WHERE ${IN_SCOPE("a")}
  GROUP BY a.client_id
) f ON f.client_id = c.id
LEFT JOIN (
  SELECT u.client_id, sum(u.cost_micros)::float8 AS cost_micros
  FROM api_usage_daily u
  WHERE ${IN_SCOPE("u")} AND u.day >= $3::date AND u.day < $4::date
  GROUP BY u.client_id
) k ON k.client_id = c.id
WHERE c.agency_id = $1::uuid AND c.archived_at IS NULL AND ($2::uuid[] IS NULL OR c.id = ANY($2::uuid[]))`;

// The medians need every value: the month's per-day lists, as text, pooled per client in TypeScript.
export const OVERVIEW_SECONDS_SQL = `
SELECT m.client_id::text AS "clientId", array_to_string(m.response_seconds, ',') AS seconds
FROM daily_metrics m
WHERE ${IN_SCOPE("m")} AND m.day >= $3::date AND m.day < $4::date AND cardinality(m.response_seconds) > 0`;

export type OverviewSqlRow = {
  clientId: string;
  name: string;
  color: string;
  slaMinutes: number;
  inbound: number;
  neededAnswer: number;
  answered: number;
  slaMet: number;
  slaBreached: number;
  ownOriginal: number;
  ownLink: number;
  ownReplies: number;
  ownReposts: number;
  ownQuotes: number;
  medianSeconds: number | null;
  followersEnd: number | null;
  followersStart: number | null;
  costMicros: number;
};

// Frozen months: only the headline figures of each snapshot, not its daily series.
export const FROZEN_SQL = `
SELECT s.client_id::text AS "clientId", c.name, c.color, c.sla_minutes AS "slaMinutes",
       s.data -> 'current' AS current, (s.data -> 'usage' ->> 'costMicros')::float8 AS "costMicros"
FROM report_snapshots s JOIN clients c ON c.id = s.client_id
WHERE s.agency_id = $1::uuid AND s.month = $2::date AND c.archived_at IS NULL`;
