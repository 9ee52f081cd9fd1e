import { db } from "@/lib/db";
import type { TopConversation, TopPerson, TopPost, UsageFigures } from "./report-types";

// The report's few reads of raw rows. Each is bounded by the client and the month, on indexes that
// start with the client and cover what is read: posts (client_id, inbound, posted_at, author_id),
// conversations (client_id, first_inbound_at, inbound_count, own_reply_count). Only the top few
// rows leave the database.

// A month's top posts are among its days' top posts, which the rollup keeps (top_post_ids); their
// figures are read fresh from posts.
const TOP_POSTS_SQL = `
SELECT p.x_id AS "xId", a.username, p.kind::text AS kind, p.text, p.posted_at AS "postedAt",
       p.impressions, p.likes, p.reposts, p.replies, p.quotes, p.bookmarks,
       (p.likes + p.reposts + p.replies + p.quotes + p.bookmarks) AS engagements
FROM posts p JOIN x_accounts a ON a.id = p.account_id
WHERE p.id IN (SELECT unnest(m.top_post_ids) FROM daily_metrics m WHERE m.client_id = $1::uuid AND m.day >= $2::date AND m.day <= $3::date)
  AND p.client_id = $1::uuid
ORDER BY engagements DESC, p.impressions DESC, p.posted_at
LIMIT $4`;

// Ranked on the index alone (client_id, first_inbound_at, inbound_count, own_reply_count), then the
// few winners are looked up again by the same key for the rest of their fields.
const TOP_CONVERSATIONS_SQL = `
WITH top AS (
  SELECT first_inbound_at, inbound_count, own_reply_count FROM conversations
  WHERE client_id = $1::uuid AND first_inbound_at >= $2 AND first_inbound_at < $3
  ORDER BY inbound_count + own_reply_count DESC, own_reply_count DESC, first_inbound_at
  LIMIT $4
)
SELECT c.id AS "conversationId", c.status::text AS status, c.first_inbound_at AS "startedAt", c.first_response_at AS "firstResponseAt",
       c.inbound_count AS "inboundCount", c.own_reply_count AS "brandReplies",
       f.x_id AS "xId", f.text, u.username, u.name
FROM top
JOIN conversations c ON c.client_id = $1::uuid AND c.first_inbound_at = top.first_inbound_at
  AND c.inbound_count = top.inbound_count AND c.own_reply_count = top.own_reply_count
LEFT JOIN LATERAL (
  SELECT p.x_id, p.text, p.author_id FROM posts p WHERE p.conversation_id = c.id AND p.inbound ORDER BY p.posted_at LIMIT 1
) f ON true
LEFT JOIN x_users u ON u.id = f.author_id
ORDER BY c.inbound_count + c.own_reply_count DESC, c.own_reply_count DESC, c.first_inbound_at, c.id
LIMIT $4`;

// Answered here is per conversation the person started: the inbox's own first_response_at.
// Answered here is per conversation the person started: the inbox's own first_response_at.
const TOP_PEOPLE_SQL = `
WITH brand AS (SELECT coalesce(array_agg(x_user_id), '{}') AS ids FROM x_accounts WHERE client_id = $1::uuid),
top AS (
  SELECT p.author_id, count(*)::int AS items
  FROM posts p
  WHERE p.client_id = $1::uuid AND p.inbound AND p.posted_at >= $2 AND p.posted_at < $3
  GROUP BY p.author_id
  ORDER BY items DESC, p.author_id
  LIMIT $4 + 3
)
SELECT u.username, u.name, t.items,
  (SELECT count(*)::int FROM conversations c WHERE c.client_id = $1::uuid AND c.author_id = t.author_id
     AND c.first_inbound_at >= $2 AND c.first_inbound_at < $3 AND c.first_response_at IS NOT NULL) AS answered
FROM top t JOIN x_users u ON u.id = t.author_id, brand
WHERE NOT t.author_id = ANY(brand.ids)
ORDER BY t.items DESC, u.username
LIMIT $4`;

const USAGE_SQL = `
SELECT to_char(day, 'YYYY-MM-DD') AS date, endpoint, sum(calls)::int AS calls, sum(items)::int AS items, sum(cost_micros)::float8 AS "costMicros"
FROM api_usage_daily
WHERE agency_id = $1::uuid AND client_id = $2::uuid AND day >= $3::date AND day <= $4::date
GROUP BY day, endpoint ORDER BY day, endpoint`;

const postUrl = (username: string, xId: string) => `https://x.com/${encodeURIComponent(username)}/status/${encodeURIComponent(xId)}`;

/** A client's month as instants: [from, to). The client was resolved within the actor's agency. */
type Scope = { clientId: string; from: Date; to: Date; limit?: number };

/** The month's own posts with the most engagements; `firstDay`..`lastDay` are the client's local dates. */
export async function loadTopPosts(clientId: string, firstDay: string, lastDay: string, limit = 5): Promise<TopPost[]> {
  type Row = Omit<TopPost, "url" | "postedAt"> & { xId: string; postedAt: Date };
  const rows = (await db.$queryRawUnsafe(TOP_POSTS_SQL, clientId, firstDay, lastDay, limit)) as Row[];
  return rows.map(({ xId, postedAt, ...row }) => ({ ...row, url: postUrl(row.username, xId), postedAt: postedAt.toISOString() }));
}

export async function loadTopConversations({ clientId, from, to, limit = 5 }: Scope): Promise<TopConversation[]> {
  type Row = Omit<TopConversation, "url" | "startedAt" | "firstResponseAt"> & { xId: string | null; startedAt: Date; firstResponseAt: Date | null };
  const rows = (await db.$queryRawUnsafe(TOP_CONVERSATIONS_SQL, clientId, from, to, limit)) as Row[];
  return rows.map(({ xId, startedAt, firstResponseAt, ...row }) => ({
    ...row,
    url: xId && row.username ? postUrl(row.username, xId) : null,
    startedAt: startedAt.toISOString(),
    firstResponseAt: firstResponseAt?.toISOString() ?? null,
  }));
}

export async function loadTopPeople({ clientId, from, to, limit = 5 }: Scope): Promise<TopPerson[]> {
  const rows = (await db.$queryRawUnsafe(TOP_PEOPLE_SQL, clientId, from, to, limit)) as Omit<TopPerson, "url">[];
  return rows.map((row) => ({ ...row, url: `https://x.com/${encodeURIComponent(row.username)}` }));
}

/** X usage for UTC days `firstDay`..`lastDay` ("YYYY-MM-DD"): X bills by UTC day. */
export async function loadUsage(agencyId: string, clientId: string, firstDay: string, lastDay: string): Promise<UsageFigures> {
  type Row = { date: string; endpoint: string; calls: number; items: number; costMicros: number };
  const rows = (await db.$queryRawUnsafe(USAGE_SQL, agencyId, clientId, firstDay, lastDay)) as Row[];
  const endpoints = new Map<string, UsageFigures["byEndpoint"][number]>();
  const days = new Map<string, UsageFigures["byDay"][number]>();
  for (const row of rows) {
    const e = endpoints.get(row.endpoint) ?? { endpoint: row.endpoint, calls: 0, items: 0, costMicros: 0 };
    endpoints.set(row.endpoint, { ...e, calls: e.calls + row.calls, items: e.items + row.items, costMicros: e.costMicros + row.costMicros });
    const d = days.get(row.date) ?? { date: row.date, calls: 0, costMicros: 0 };
    days.set(row.date, { ...d, calls: d.calls + row.calls, costMicros: d.costMicros + row.costMicros });
  }
  const byEndpoint = [...endpoints.values()].sort((a, b) => b.costMicros - a.costMicros);
  return {
    calls: byEndpoint.reduce((s, e) => s + e.calls, 0),
    items: byEndpoint.reduce((s, e) => s + e.items, 0),
    costMicros: byEndpoint.reduce((s, e) => s + e.costMicros, 0),
    byEndpoint,
    byDay: [...days.values()],
  };
}
