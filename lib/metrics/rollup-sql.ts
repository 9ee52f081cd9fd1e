// The SQL behind refreshDailyMetrics. It mirrors the reference predicates of definitions.ts; the
// integration tests recompute every row from raw posts with those predicates and compare.
//
// Parameters shared by both statements: $1 account ids, $2 from, $3 to, $4 now. Days are the
// client's local dates from local(from) to local(to), never past local(now).

const BOUNDS = `
bounds AS (
  SELECT a.id AS account_id, a.agency_id, a.client_id, a.followers_count, c.timezone AS tz,
         ($2::timestamptz AT TIME ZONE c.timezone)::date AS d_from,
         LEAST(($3::timestamptz AT TIME ZONE c.timezone)::date, ($4::timestamptz AT TIME ZONE c.timezone)::date) AS d_to,
         ($4::timestamptz AT TIME ZONE c.timezone)::date AS today,
         (SELECT array_agg(o.x_user_id) FROM x_accounts o WHERE o.client_id = a.client_id) AS brand_ids
  FROM x_accounts a JOIN clients c ON c.id = a.client_id
  WHERE a.id = ANY($1::uuid[])
), spans AS (
  SELECT b.*, (b.d_from::timestamp AT TIME ZONE b.tz) AS t_from, ((b.d_to + 1)::timestamp AT TIME ZONE b.tz) AS t_to
  FROM bounds b WHERE b.d_from <= b.d_to
)`;

/**
 * Inbound items that needed an answer, with the brand's first answer: a reply to the item itself
 * (index on account_id, in_reply_to_x_id), or a later reply in the same X conversation that does
 * not continue the brand's own thread (index on account_id, x_conversation_id, kind).
 */
export const ITEMS_SQL = `
WITH ${BOUNDS}
SELECT s.client_id::text AS "clientId", i.account_id::text AS "accountId",
       to_char((i.posted_at AT TIME ZONE s.tz)::date, 'YYYY-MM-DD') AS day,
       i.posted_at AS "receivedAt", LEAST(direct.at, later.at) AS "answeredAt"
FROM spans s
JOIN posts i ON i.account_id = s.account_id AND i.inbound AND i.posted_at >= s.t_from AND i.posted_at < s.t_to
LEFT JOIN LATERAL (
  SELECT min(r.posted_at) AS at FROM posts r
  WHERE r.account_id = i.account_id AND r.in_reply_to_x_id = i.x_id AND r.kind = 'OWN_REPLY'
) direct ON true
LEFT JOIN LATERAL (
  SELECT min(r.posted_at) AS at FROM posts r
  WHERE r.account_id = i.account_id AND r.x_conversation_id = i.x_conversation_id AND r.kind = 'OWN_REPLY'
    AND r.in_reply_to_x_id IS NOT NULL
    AND (r.in_reply_to_user_id IS NULL OR NOT r.in_reply_to_user_id = ANY(s.brand_ids))
    AND (length(r.in_reply_to_x_id), r.in_reply_to_x_id) > (length(i.x_id), i.x_id)
) later ON true
WHERE i.reposted_x_id IS NULL AND NOT i.author_id = ANY(s.brand_ids)
ORDER BY i.account_id, i.posted_at`;

/**
 * One upsert for the batch: every local day of every account gets a row (zeros included, so charts
 * have no holes). Post counts and engagement come from posts; the needed-answer items arrive as
 * arrays ($5 account ids, $6 days, $7 business seconds to first response or null, $8 SLA outcome),
 * scored in TypeScript with lib/sla because business hours are not SQL's strength. Followers are
 * a snapshot: only today's row takes the account's current count; older rows keep what they had.
 * top_post_ids keeps each day's five most engaging own posts, the candidates for a month's top posts.
 */
export const UPSERT_SQL = `
WITH ${BOUNDS},
days AS (
  SELECT s.*, g::date AS day FROM spans s, generate_series(s.d_from::timestamp, s.d_to::timestamp, interval '1 day') g
), p AS (
  SELECT p.*, (p.posted_at AT TIME ZONE s.tz)::date AS day, s.brand_ids,
         (p.kind = 'OWN_REPLY' AND p.in_reply_to_user_id = ANY(s.brand_ids)) AS self_reply
  FROM spans s JOIN posts p ON p.account_id = s.account_id AND p.posted_at >= s.t_from AND p.posted_at < s.t_to
), post_counts AS (
  SELECT account_id, day,
    count(*) FILTER (WHERE inbound AND kind = 'MENTION')::int AS inbound_mentions,
    count(*) FILTER (WHERE inbound AND kind = 'REPLY')::int AS inbound_replies,
    count(*) FILTER (WHERE inbound AND kind = 'QUOTE')::int AS inbound_quotes,
    count(*) FILTER (WHERE NOT inbound AND (kind = 'OWN_ORIGINAL' OR (self_reply AND NOT has_link)))::int AS own_original,
    count(*) FILTER (WHERE NOT inbound AND (kind = 'OWN_LINK' OR (self_reply AND has_link)))::int AS own_link,
    count(*) FILTER (WHERE NOT inbound AND kind = 'OWN_REPLY' AND NOT self_reply)::int AS own_replies,
    count(*) FILTER (WHERE NOT inbound AND kind = 'OWN_REPOST')::int AS own_reposts,
    count(*) FILTER (WHERE NOT inbound AND kind = 'OWN_QUOTE')::int AS own_quotes,
    count(*) FILTER (WHERE NOT inbound AND kind = 'OWN_REPLY' AND NOT self_reply AND EXISTS (
      SELECT 1 FROM posts q WHERE q.account_id = p.account_id AND q.in_reply_to_x_id = p.x_id AND NOT q.author_id = ANY(p.brand_ids)
    ))::int AS replies_got_reply,
    coalesce(sum(impressions) FILTER (WHERE NOT inbound AND kind <> 'OWN_REPOST'), 0)::bigint AS impressions,
    coalesce(sum(likes) FILTER (WHERE NOT inbound AND kind <> 'OWN_REPOST'), 0)::int AS likes,
    coalesce(sum(reposts) FILTER (WHERE NOT inbound AND kind <> 'OWN_REPOST'), 0)::int AS reposts,
    coalesce(sum(replies) FILTER (WHERE NOT inbound AND kind <> 'OWN_REPOST'), 0)::int AS replies,
    coalesce(sum(quotes) FILTER (WHERE NOT inbound AND kind <> 'OWN_REPOST'), 0)::int AS quotes,
    coalesce(sum(bookmarks) FILTER (WHERE NOT inbound AND kind <> 'OWN_REPOST'), 0)::int AS bookmarks
  FROM p GROUP BY account_id, day
), top_posts AS (
  SELECT account_id, day, array_agg(id ORDER BY rank) AS ids
  FROM (SELECT account_id, day, id, row_number() OVER (
          PARTITION BY account_id, day ORDER BY likes + reposts + replies + quotes + bookmarks DESC, impressions DESC, posted_at, id) AS rank
        FROM p WHERE NOT inbound AND kind <> 'OWN_REPOST') ranked
  WHERE rank <= 5
  GROUP BY account_id, day
), item_counts AS (
  SELECT account_id, day,
    count(*)::int AS needed_answer,
    count(seconds)::int AS answered,
    count(*) FILTER (WHERE sla = 1)::int AS sla_met,
    count(*) FILTER (WHERE sla = -1)::int AS sla_breached,
    coalesce(array_agg(seconds ORDER BY seconds) FILTER (WHERE seconds IS NOT NULL), '{}') AS response_seconds
  FROM unnest($5::uuid[], $6::date[], $7::int[], $8::int[]) AS t(account_id, day, seconds, sla)
  GROUP BY account_id, day
)
INSERT INTO daily_metrics AS m (
  agency_id, client_id, account_id, day, inbound_mentions, inbound_replies, inbound_quotes, needed_answer, answered,
  sla_met, sla_breached, response_seconds, own_original, own_link, own_replies, own_reposts, own_quotes,
  replies_got_reply, impressions, likes, reposts, replies, quotes, bookmarks, followers, top_post_ids, computed_at)
SELECT d.agency_id, d.client_id, d.account_id, d.day,
  coalesce(pc.inbound_mentions, 0), coalesce(pc.inbound_replies, 0), coalesce(pc.inbound_quotes, 0),
  coalesce(ic.needed_answer, 0), coalesce(ic.answered, 0), coalesce(ic.sla_met, 0), coalesce(ic.sla_breached, 0),
  coalesce(ic.response_seconds, '{}'),
  coalesce(pc.own_original, 0), coalesce(pc.own_link, 0), coalesce(pc.own_replies, 0), coalesce(pc.own_reposts, 0),
  coalesce(pc.own_quotes, 0), coalesce(pc.replies_got_reply, 0),
  coalesce(pc.impressions, 0), coalesce(pc.likes, 0), coalesce(pc.reposts, 0), coalesce(pc.replies, 0),
  coalesce(pc.quotes, 0), coalesce(pc.bookmarks, 0),
  CASE WHEN d.day = d.today THEN d.followers_count END, coalesce(tp.ids, '{}'), now()
FROM days d
LEFT JOIN post_counts pc ON pc.account_id = d.account_id AND pc.day = d.day
LEFT JOIN top_posts tp ON tp.account_id = d.account_id AND tp.day = d.day
LEFT JOIN item_counts ic ON ic.account_id = d.account_id AND ic.day = d.day
ORDER BY d.account_id, d.day
ON CONFLICT (account_id, day) DO UPDATE SET
  agency_id = EXCLUDED.agency_id, client_id = EXCLUDED.client_id,
  inbound_mentions = EXCLUDED.inbound_mentions, inbound_replies = EXCLUDED.inbound_replies,
  inbound_quotes = EXCLUDED.inbound_quotes, needed_answer = EXCLUDED.needed_answer, answered = EXCLUDED.answered,
  sla_met = EXCLUDED.sla_met, sla_breached = EXCLUDED.sla_breached, response_seconds = EXCLUDED.response_seconds,
  own_original = EXCLUDED.own_original, own_link = EXCLUDED.own_link, own_replies = EXCLUDED.own_replies,
  own_reposts = EXCLUDED.own_reposts, own_quotes = EXCLUDED.own_quotes, replies_got_reply = EXCLUDED.replies_got_reply,
  impressions = EXCLUDED.impressions, likes = EXCLUDED.likes, reposts = EXCLUDED.reposts, replies = EXCLUDED.replies,
  quotes = EXCLUDED.quotes, bookmarks = EXCLUDED.bookmarks,
  followers = coalesce(EXCLUDED.followers, m.followers), top_post_ids = EXCLUDED.top_post_ids, computed_at = EXCLUDED.computed_at`;
