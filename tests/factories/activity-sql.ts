// Set-based SQL for tests/factories/create-activity.ts. Each statement runs inside one transaction
// after `setseed`, so a given seed gives the same history. Temporary tables are dropped on commit.

/** A snowflake X id minted at instant `t` with sequence `seq` (unique within one factory run). */
const snowflake = (t: string, seq: string) => `((((extract(epoch from ${t}) * 1000)::bigint - 1288834974657) << 22) | (${seq} % 4194304))::text`;
/**
 * A time-ordered UUIDv7 for instant `t`, as Prisma's uuid(7) would make. Its random bits come from
 * gen_random_uuid(), not the seeded random(): two runs with one seed must not mint the same ids.
 */
const uuid7 = (t: string) => {
  const ms = `lpad(to_hex((extract(epoch from ${t}) * 1000)::bigint), 12, '0')`;
  return `(substr(${ms}, 1, 8) || '-' || substr(${ms}, 9, 4) || '-7' || substr(gen_random_uuid()::text, 16))::uuid`;
};
const pick = (array: string) => `(${array})[1 + floor(random() * array_length(${array}, 1))::int]`;

const FIRST = `ARRAY['Maya','Liam','Zara','Noah','Aisha','Oscar','Lena','Mateo','Priya','Theo','Ines','Kofi','Yuki','Sofia','Jonas','Amara','Elif','Ravi','Clara','Diego']`;
const LAST = `ARRAY['Chen','Okafor','Silva','Novak','Haddad','Berg','Moreau','Tanaka','Costa','Murphy','Ibrahim','Keller','Rossi','Nguyen','Larsen']`;
const MENTIONS = `ARRAY['Is the oat flat white back this week?','Your Sunday playlist is the best thing about my weekend','Any chance you ship to Ireland?','Ordered on Monday, still no tracking number — can you help?','Huge thanks to the team at the Leith shop today!','Which beans would you pick for a moka pot?','Tried the new seasonal blend. Honestly? Incredible.','Do you have a gluten-free option yet?','Your app keeps logging me out','Loved the latte art workshop, when is the next one?']`;
const REPLIES = `ARRAY['Yes please! Count me in','Where can I find this in store?','This is exactly what I needed today','Hmm, mine arrived a bit damaged though','Any discount for students?','Great news, thanks for sharing','Is this available in decaf?','Finally!! 🎉']`;
const QUOTES = `ARRAY['This. Every single morning.','Best coffee in town, not even close','Convinced my whole office to switch','Wish this came in a bigger bag']`;
const ANSWERS = `ARRAY['Thanks so much — we will pass this on to the team!','So sorry about that! Could you DM us your order number? We will sort it today.','Yes! It is back from Thursday in every shop.','Great question: for a moka pot we love the Highland blend.','We ship to Ireland and the UK, 2–3 working days.','Thank you for the kind words, see you soon!','Not yet, but it is on our list for the spring menu.']`;
const OWN_TEXT = `ARRAY['Morning ritual: what are you brewing today?','Meet Ana, our head roaster, and her five-minute pour-over','Rainy Tuesday = hot chocolate Tuesday','Our Leith shop turns five this week. Thank you, neighbours!','Which should we bring back: hazelnut or gingerbread?']`;
const LINK_TEXT = `ARRAY['New on the blog: how we source our beans https://example.com/sourcing','Autumn menu is live https://example.com/menu','Subscribe and save 15% https://example.com/subscribe','Read: the science of the perfect crema https://example.com/crema']`;

// Random draws sit in an OFFSET 0 subquery's select list: evaluated once per row, and never inlined
// into each place that reads them (which would draw again).
export const PEOPLE_SQL = `
INSERT INTO x_users (id, username, name, followers_count, following_count)
SELECT :prefix::text || lpad(g::text, 6, '0'), lower(f) || lower(l) || '_' || g, f || ' ' || l, fc, fo
FROM (SELECT g, ${pick(FIRST)} AS f, ${pick(LAST)} AS l, floor(random() * 5000)::int AS fc, floor(random() * 800)::int AS fo
      FROM generate_series(1, :people::int) g OFFSET 0) x
ON CONFLICT (id) DO NOTHING`;

// Parameters are named (:name); create-activity.ts binds them per statement.
export const DAYS_SQL = `
CREATE TEMP TABLE act_days ON COMMIT DROP AS
SELECT a.id AS account_id, a.agency_id, a.client_id, a.x_user_id AS brand_id, c.timezone AS tz, d::date AS day,
       CASE WHEN extract(isodow FROM d) IN (6, 7) THEN 0.45 ELSE 1.0 END AS weight
FROM x_accounts a JOIN clients c ON c.id = a.client_id,
     generate_series((:from::timestamptz AT TIME ZONE c.timezone)::date, (:from::timestamptz AT TIME ZONE c.timezone)::date + (:days::int - 1), interval '1 day') d
WHERE a.id = ANY(:account_ids::uuid[]);
DROP SEQUENCE IF EXISTS pg_temp.act_seq;
CREATE TEMP SEQUENCE act_seq;`;

export const OWN_POSTS_SQL = `
CREATE TEMP TABLE act_own ON COMMIT DROP AS
SELECT y.*, nextval('act_seq') AS seq FROM (
  SELECT x.account_id, x.agency_id, x.client_id, x.brand_id, x.tz, x.day,
    ((x.day::timestamp + make_interval(secs => 25200 + x.r1 * 50400)) AT TIME ZONE x.tz) AS posted_at,
    CASE WHEN x.r2 < :link_share::float THEN 'OWN_LINK' WHEN x.r2 < :link_share::float + 0.3 THEN 'OWN_ORIGINAL' WHEN x.r2 < :link_share::float + 0.5 THEN 'OWN_REPOST'
         WHEN x.r2 < :link_share::float + 0.6 THEN 'OWN_QUOTE' ELSE 'OWN_ORIGINAL' END AS kind
  FROM (SELECT d.*, random() AS r1, random() AS r2
        FROM act_days d, generate_series(1, greatest(0, round(:own_per_day::float * d.weight * (0.5 + random())))::int) g OFFSET 0) x
) y WHERE y.posted_at < :until::timestamptz;
ALTER TABLE act_own ADD COLUMN x_id text;
UPDATE act_own SET x_id = ${snowflake("posted_at", "seq")};
CREATE INDEX ON act_own (account_id, posted_at) WHERE kind IN ('OWN_ORIGINAL', 'OWN_LINK');
INSERT INTO posts (id, agency_id, client_id, account_id, x_id, x_conversation_id, author_id, kind, inbound, text, has_link,
  in_reply_to_x_id, in_reply_to_user_id, quoted_x_id, reposted_x_id, posted_at, impressions, likes, reposts, replies, quotes, bookmarks)
SELECT ${uuid7("o.posted_at")}, o.agency_id, o.client_id, o.account_id, o.x_id, o.x_id, o.brand_id, o.kind::"PostKind", false,
  CASE WHEN o.kind = 'OWN_LINK' THEN ${pick(LINK_TEXT)} WHEN o.kind = 'OWN_REPOST' THEN 'RT' ELSE ${pick(OWN_TEXT)} END,
  o.kind = 'OWN_LINK', NULL, NULL,
  CASE WHEN o.kind = 'OWN_QUOTE' THEN '1' || lpad(o.seq::text, 18, '0') END,
  CASE WHEN o.kind = 'OWN_REPOST' THEN '1' || lpad(o.seq::text, 18, '0') END,
  o.posted_at, m.imp, (m.imp * 0.02 * random())::int, (m.imp * 0.004 * random())::int, (m.imp * 0.003 * random())::int,
  (m.imp * 0.001 * random())::int, (m.imp * 0.002 * random())::int
FROM act_own o, LATERAL (SELECT CASE WHEN o.kind = 'OWN_REPOST' THEN 0 ELSE (300 + exp(random() * 9))::int END AS imp OFFSET 0) m;
-- A few posts continue the brand's own thread: content, not answers.
INSERT INTO posts (id, agency_id, client_id, account_id, x_id, x_conversation_id, author_id, kind, inbound, text, has_link,
  in_reply_to_x_id, in_reply_to_user_id, posted_at, impressions, likes)
SELECT ${uuid7("o.posted_at + interval '2 minutes'")}, o.agency_id, o.client_id, o.account_id,
  ${snowflake("o.posted_at + interval '2 minutes'", "o.seq + 2097152")}, o.x_id, o.brand_id, 'OWN_REPLY', false, '(2/2) More below', random() < 0.3,
  o.x_id, o.brand_id, o.posted_at + interval '2 minutes', 150, 3
FROM act_own o WHERE o.kind = 'OWN_ORIGINAL' AND o.seq % 7 = 0 AND o.posted_at + interval '2 minutes' < :until::timestamptz;`;

export const THREADS_SQL = `
CREATE TEMP TABLE act_threads ON COMMIT DROP AS
SELECT y.*, nextval('act_seq') AS seq FROM (
  SELECT x.account_id, x.agency_id, x.client_id, x.brand_id,
    ((x.day::timestamp + make_interval(secs => 25200 + (x.r1 + x.r2) * 28800)) AT TIME ZONE x.tz) AS start_at,
    :prefix::text || lpad((1 + floor(power(x.r3, 2) * :people::int))::text, 6, '0') AS author_id,
    CASE WHEN x.k < 0.55 THEN 'MENTION' WHEN x.k < 0.85 THEN 'REPLY' ELSE 'QUOTE' END AS kind,
    x.a < :answer_rate::float AS answered, x.f < :follow_up_rate::float AS follows_up, x.fa < :answer_rate::float * 0.85 AS follow_up_answered,
    make_interval(secs => 60 * exp(1.1 + power(x.d1, 1.6) * 7.6)) AS answer_delay,
    make_interval(secs => 60 * exp(1.6 + x.d2 * 6.5)) AS follow_up_delay,
    make_interval(secs => 60 * exp(1.1 + power(x.d3, 1.6) * 7)) AS follow_up_answer_delay
  FROM (SELECT d.*, random() AS r1, random() AS r2, random() AS r3, random() AS k, random() AS a, random() AS f, random() AS fa,
               random() AS d1, random() AS d2, random() AS d3
        FROM act_days d, generate_series(1, greatest(0, round(:inbound_per_day::float * d.weight * (0.6 + 0.8 * random())))::int) g OFFSET 0) x
) y WHERE y.start_at < :until::timestamptz;
ALTER TABLE act_threads ADD COLUMN x_id text, ADD COLUMN root_id text, ADD COLUMN answer_at timestamptz, ADD COLUMN answer_id text,
  ADD COLUMN follow_up_at timestamptz, ADD COLUMN follow_up_id text, ADD COLUMN follow_up_answer_at timestamptz, ADD COLUMN follow_up_answer_id text;
UPDATE act_threads t SET x_id = ${snowflake("t.start_at", "t.seq * 4")},
  root_id = CASE WHEN t.kind = 'REPLY' THEN (SELECT o.x_id FROM act_own o WHERE o.account_id = t.account_id AND o.kind IN ('OWN_ORIGINAL', 'OWN_LINK')
                                               AND o.posted_at < t.start_at ORDER BY o.posted_at DESC LIMIT 1) END;
UPDATE act_threads SET kind = 'MENTION' WHERE kind = 'REPLY' AND root_id IS NULL;
UPDATE act_threads SET root_id = x_id WHERE root_id IS NULL;
UPDATE act_threads SET answer_at = start_at + answer_delay WHERE answered AND start_at + answer_delay < :until::timestamptz;
UPDATE act_threads SET answer_id = ${snowflake("answer_at", "seq * 4 + 1")} WHERE answer_at IS NOT NULL;
UPDATE act_threads SET follow_up_at = coalesce(answer_at, start_at) + follow_up_delay
  WHERE follows_up AND coalesce(answer_at, start_at) + follow_up_delay < :until::timestamptz;
UPDATE act_threads SET follow_up_id = ${snowflake("follow_up_at", "seq * 4 + 2")} WHERE follow_up_at IS NOT NULL;
UPDATE act_threads SET follow_up_answer_at = follow_up_at + follow_up_answer_delay
  WHERE follow_up_at IS NOT NULL AND follow_up_answered AND follow_up_at + follow_up_answer_delay < :until::timestamptz;
UPDATE act_threads SET follow_up_answer_id = ${snowflake("follow_up_answer_at", "seq * 4 + 3")} WHERE follow_up_answer_at IS NOT NULL;`;

const POST_COLUMNS = `(id, agency_id, client_id, account_id, x_id, x_conversation_id, author_id, kind, inbound, text, has_link,
  in_reply_to_x_id, in_reply_to_user_id, quoted_x_id, posted_at, impressions, likes, reposts, replies)`;

export const THREAD_POSTS_SQL = `
INSERT INTO posts ${POST_COLUMNS}
SELECT ${uuid7("start_at")}, agency_id, client_id, account_id, x_id, root_id, author_id, kind::"PostKind", true,
  CASE kind WHEN 'MENTION' THEN ${pick(MENTIONS)} WHEN 'REPLY' THEN ${pick(REPLIES)} ELSE ${pick(QUOTES)} END, false,
  CASE WHEN kind = 'REPLY' THEN root_id END, CASE WHEN kind = 'REPLY' THEN brand_id END,
  CASE WHEN kind = 'QUOTE' THEN (SELECT o.x_id FROM act_own o WHERE o.account_id = t.account_id AND o.kind IN ('OWN_ORIGINAL', 'OWN_LINK')
                                  AND o.posted_at < t.start_at ORDER BY o.posted_at DESC LIMIT 1) END,
  start_at, (20 + random() * 400)::int, (random() * 12)::int, (random() * 2)::int, (random() * 2)::int
FROM act_threads t;
INSERT INTO posts ${POST_COLUMNS}
SELECT ${uuid7("answer_at")}, agency_id, client_id, account_id, answer_id, root_id, brand_id, 'OWN_REPLY', false, ${pick(ANSWERS)}, false,
  x_id, author_id, NULL, answer_at, (40 + random() * 900)::int, (random() * 15)::int, (random() * 2)::int, (random() * 2)::int
FROM act_threads WHERE answer_id IS NOT NULL;
INSERT INTO posts ${POST_COLUMNS}
SELECT ${uuid7("follow_up_at")}, agency_id, client_id, account_id, follow_up_id, root_id, author_id,
  CASE WHEN answer_id IS NOT NULL THEN 'REPLY' ELSE 'MENTION' END::"PostKind", true, ${pick(REPLIES)}, false,
  coalesce(answer_id, x_id), CASE WHEN answer_id IS NOT NULL THEN brand_id ELSE author_id END, NULL,
  follow_up_at, (10 + random() * 200)::int, (random() * 5)::int, 0, 0
FROM act_threads WHERE follow_up_id IS NOT NULL;
INSERT INTO posts ${POST_COLUMNS}
SELECT ${uuid7("follow_up_answer_at")}, agency_id, client_id, account_id, follow_up_answer_id, root_id, brand_id, 'OWN_REPLY', false,
  ${pick(ANSWERS)}, false, follow_up_id, author_id, NULL, follow_up_answer_at, (30 + random() * 500)::int, (random() * 10)::int, 0, 0
FROM act_threads WHERE follow_up_answer_id IS NOT NULL;`;

// Conversations as the inbox keeps them, from the posts just written.
export const CONVERSATIONS_SQL = `
INSERT INTO conversations (id, agency_id, client_id, account_id, x_conversation_id, author_id, status, latest_kind, latest_inbound_text,
  first_inbound_at, last_inbound_at, awaiting_since, first_response_at, last_response_at, inbound_count, own_reply_count, done_at, created_at, updated_at)
SELECT ${uuid7("s.first_inbound_at")}, s.agency_id, s.client_id, s.account_id, s.x_conversation_id, s.first_author,
  (CASE WHEN s.last_response_at >= s.last_inbound_at THEN 'DONE' ELSE 'OPEN' END)::"ConversationStatus",
  s.latest_kind, s.latest_text, s.first_inbound_at, s.last_inbound_at,
  CASE WHEN s.last_response_at IS NULL OR s.last_response_at < s.last_inbound_at THEN s.first_unanswered END,
  s.first_response_at, s.last_response_at, s.inbound_count, s.own_reply_count,
  CASE WHEN s.last_response_at >= s.last_inbound_at THEN s.last_response_at END, s.first_inbound_at, now()
FROM (
  SELECT p.account_id, p.agency_id, p.client_id, p.x_conversation_id,
    min(p.posted_at) FILTER (WHERE p.inbound) AS first_inbound_at, max(p.posted_at) FILTER (WHERE p.inbound) AS last_inbound_at,
    min(p.posted_at) FILTER (WHERE p.kind = 'OWN_REPLY') AS first_response_at, max(p.posted_at) FILTER (WHERE p.kind = 'OWN_REPLY') AS last_response_at,
    count(*) FILTER (WHERE p.inbound)::int AS inbound_count, count(*) FILTER (WHERE p.kind = 'OWN_REPLY')::int AS own_reply_count,
    (array_agg(p.author_id ORDER BY p.posted_at) FILTER (WHERE p.inbound))[1] AS first_author,
    (array_agg(p.kind ORDER BY p.posted_at DESC) FILTER (WHERE p.inbound))[1] AS latest_kind,
    (array_agg(p.text ORDER BY p.posted_at DESC) FILTER (WHERE p.inbound))[1] AS latest_text,
    min(p.posted_at) FILTER (WHERE p.inbound AND p.posted_at > coalesce(
      (SELECT max(q.posted_at) FROM posts q WHERE q.account_id = p.account_id AND q.x_conversation_id = p.x_conversation_id AND q.kind = 'OWN_REPLY'),
      '-infinity')) AS first_unanswered
  FROM posts p
  WHERE p.account_id = ANY(:account_ids::uuid[]) AND p.posted_at >= :from::timestamptz AND p.x_conversation_id IS NOT NULL AND p.conversation_id IS NULL
  GROUP BY p.account_id, p.agency_id, p.client_id, p.x_conversation_id
) s
WHERE s.first_inbound_at IS NOT NULL
ON CONFLICT (account_id, x_conversation_id) DO NOTHING;
UPDATE posts p SET conversation_id = c.id FROM conversations c
WHERE p.account_id = ANY(:account_ids::uuid[]) AND p.conversation_id IS NULL AND c.account_id = p.account_id AND c.x_conversation_id = p.x_conversation_id;`;
