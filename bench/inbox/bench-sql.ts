// Deterministic pseudo-random helpers for set-based generation. They live in pg_temp, so they vanish with
// the session and never become part of the schema. Hash-based rather than random(): the same n gives the
// same data on every run, which keeps benchmark runs comparable.
export const TEMP_FUNCTIONS = `
CREATE OR REPLACE FUNCTION pg_temp.rnd(n bigint, salt int) RETURNS float8
  LANGUAGE sql IMMUTABLE AS $$ SELECT ('x' || substr(md5(n::text || ':' || salt::text), 1, 8))::bit(32)::bigint::float8 / 4294967296 $$;

CREATE OR REPLACE FUNCTION pg_temp.pick(options text[], n bigint, salt int) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$ SELECT options[1 + floor(pg_temp.rnd(n, salt) * array_length(options, 1))::int] $$;

-- A UUIDv7 for instant ts: 48 bits of ms, version 7, variant 10, then hash bits (unique per n and salt).
CREATE OR REPLACE FUNCTION pg_temp.uuid7(ts timestamptz, n bigint, salt int) RETURNS uuid
  LANGUAGE sql IMMUTABLE AS $$
  SELECT (lpad(to_hex(floor(extract(epoch FROM ts) * 1000)::bigint), 12, '0')
    || '7' || substr(h, 1, 3)
    || substr('89ab', 1 + (get_byte(decode(substr(h, 4, 2), 'hex'), 0) % 4), 1) || substr(h, 6, 3)
    || substr(h, 9, 12))::uuid
  FROM (SELECT md5(n::text || '/' || salt::text) AS h) s $$;

-- An X snowflake id for an instant (19 digits today): ms since X's epoch, shifted 22 bits, plus low bits.
CREATE OR REPLACE FUNCTION pg_temp.snowflake(ts timestamptz, n bigint) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT ((floor(extract(epoch FROM ts) * 1000)::bigint - 1288834974657) * 4194304 + (n % 4194304))::text $$;

-- What people say to brands: enough variety that trigram search meets common and rare words.
CREATE OR REPLACE FUNCTION pg_temp.post_text(n bigint, brand text) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT '@' || brand || ' '
    || pg_temp.pick(ARRAY['hey', 'hi', 'so', 'ok', 'honestly', 'wow', 'ugh', 'quick question:', 'psa:', 'lol', 'yo', 'hello'], n, 1) || ' '
    || pg_temp.pick(ARRAY['my order', 'the app', 'your support team', 'the new update', 'my subscription', 'the checkout page',
         'delivery', 'my refund', 'the price increase', 'your latest ad', 'the store on main street', 'this product',
         'the invoice', 'my account', 'the android app', 'the website', 'your newsletter', 'the loyalty card'], n, 2) || ' '
    || pg_temp.pick(ARRAY['still hasn''t arrived', 'keeps crashing on login', 'was amazing today', 'is broken again',
         'charged me twice', 'made my day', 'needs a dark mode', 'is way too slow', 'won''t load', 'is the best thing ever',
         'has been stuck for a week', 'looks great', 'got cancelled', 'is missing a part', 'shows the wrong total'], n, 3)
    || CASE WHEN pg_temp.rnd(n, 4) < 0.3 THEN ' order #' || (100000 + (n * 7) % 900000)::text ELSE '' END
    || ' ' || pg_temp.pick(ARRAY['can you help?', 'please fix', 'thanks!', 'any update?', 'DM me', 'love it', 'not happy',
         '#help', 'again??', 'you rock', '', 'waiting…'], n, 5)
    || CASE WHEN pg_temp.rnd(n, 6) < 0.0005 THEN ' kangaroo' ELSE '' END $$;

CREATE OR REPLACE FUNCTION pg_temp.post_kind(n bigint) RETURNS "PostKind"
  LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE WHEN pg_temp.rnd(n, 7) < 0.55 THEN 'MENTION' WHEN pg_temp.rnd(n, 7) < 0.9 THEN 'REPLY' ELSE 'QUOTE' END)::"PostKind" $$;
`;

/** Posts per conversation, by conversation number: per 100 conversations 75×1 + 15×2 + 7×3 + 3×5 = 141 posts. */
export const POSTS_IN_CONVERSATION_SQL = `(CASE WHEN n % 100 < 75 THEN 1 WHEN n % 100 < 90 THEN 2 WHEN n % 100 < 97 THEN 3 ELSE 5 END)`;
export const POSTS_PER_100_CONVERSATIONS = 141;
