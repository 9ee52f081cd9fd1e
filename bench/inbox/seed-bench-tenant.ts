// A large agency for the inbox benchmark: 200 clients, ~300 accounts, 250k people on X, 1,000,000 inbound
// posts in ~709k conversations with a realistic inbox state (most done, a backlog open, some pending,
// snoozed, assigned, tagged, drafted), written in time order as the sync would. Generated set-based in
// PostgreSQL and kept between runs (a marker row says the tenant is complete), so only the first run pays.
import type { Client } from "pg";
import { businessHoursSchema } from "@/lib/sla/business-hours";
import { addBusinessMillis } from "@/lib/sla/business-time";
import { POSTS_IN_CONVERSATION_SQL, POSTS_PER_100_CONVERSATIONS, TEMP_FUNCTIONS } from "./bench-sql";

export const BENCH_SLUG = "bench-inbox-200";
const MARKER = "bench.seeded";
const CLIENTS = 200;
const AUTHORS = 250_000;
const STAFF = 20;
const TAGS = ["billing", "complaint", "shipping", "praise", "bug", "vip", "lead", "press", "refund", "spam", "feature-request", "urgent"];

export type BenchTenant = {
  agencyId: string;
  admin: { id: string; email: string };
  /** Staff who work every client, then staff assigned to 20 clients each. */
  staff: { id: string; email: string; allClients: boolean }[];
  posts: number;
  conversations: number;
};

const HOURS = [
  { mon: [{ start: "09:00", end: "17:00" }], tue: [{ start: "09:00", end: "17:00" }], wed: [{ start: "09:00", end: "17:00" }], thu: [{ start: "09:00", end: "17:00" }], fri: [{ start: "09:00", end: "17:00" }], sat: [], sun: [] },
  { mon: [{ start: "08:00", end: "20:00" }], tue: [{ start: "08:00", end: "20:00" }], wed: [{ start: "08:00", end: "20:00" }], thu: [{ start: "08:00", end: "20:00" }], fri: [{ start: "08:00", end: "20:00" }], sat: [{ start: "10:00", end: "16:00" }], sun: [] },
  { mon: [{ start: "00:00", end: "24:00" }], tue: [{ start: "00:00", end: "24:00" }], wed: [{ start: "00:00", end: "24:00" }], thu: [{ start: "00:00", end: "24:00" }], fri: [{ start: "00:00", end: "24:00" }], sat: [{ start: "00:00", end: "24:00" }], sun: [{ start: "00:00", end: "24:00" }] },
  { mon: [{ start: "09:00", end: "12:30" }, { start: "13:30", end: "18:00" }], tue: [{ start: "09:00", end: "12:30" }, { start: "13:30", end: "18:00" }], wed: [{ start: "09:00", end: "12:30" }, { start: "13:30", end: "18:00" }], thu: [{ start: "09:00", end: "12:30" }, { start: "13:30", end: "18:00" }], fri: [{ start: "09:00", end: "12:30" }, { start: "13:30", end: "18:00" }], sat: [], sun: [] },
];
const ZONES = ["Europe/London", "America/New_York", "America/Los_Angeles", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo", "Asia/Kolkata"];
const COLORS = ["#6366f1", "#0ea5e9", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#ec4899", "#14b8a6", "#84cc16", "#f97316"];

async function loadExisting(pg: Client): Promise<BenchTenant | null | "incomplete"> {
  const agency = await pg.query<{ id: string }>(`SELECT id FROM agencies WHERE slug = $1`, [BENCH_SLUG]);
  const agencyId = agency.rows[0]?.id;
  if (!agencyId) return null;
  const marker = await pg.query<{ data: { posts: number; conversations: number } }>(`SELECT data FROM audit_logs WHERE agency_id = $1 AND action = $2`, [agencyId, MARKER]);
  const done = marker.rows[0];
  if (!done) return "incomplete";
  const people = await pg.query<{ id: string; email: string; role: string; all_clients: boolean }>(
    `SELECT u.id, u.email, m.role, m.all_clients FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.agency_id = $1 ORDER BY u.email`,
    [agencyId],
  );
  const admin = people.rows.find((p) => p.role === "AGENCY_ADMIN");
  if (!admin) return "incomplete";
  return {
    agencyId,
    admin: { id: admin.id, email: admin.email },
    staff: people.rows.filter((p) => p.role === "STAFF").map((p) => ({ id: p.id, email: p.email, allClients: p.all_clients })),
    posts: done.data.posts,
    conversations: done.data.conversations,
  };
}

/** The bench tenant, generating it first when missing (or left incomplete by an interrupted run). */
export async function ensureBenchTenant(pg: Client, targetPosts: number, log: (line: string) => void): Promise<BenchTenant> {
  const existing = await loadExisting(pg);
  if (existing && existing !== "incomplete") {
    log(`Reusing the bench tenant (${existing.posts.toLocaleString("en")} posts, ${existing.conversations.toLocaleString("en")} conversations).`);
    return existing;
  }
  if (existing === "incomplete") {
    log("Removing an incomplete bench tenant from an interrupted run…");
    await pg.query(`DELETE FROM agencies WHERE slug = $1`, [BENCH_SLUG]);
  }
  await pg.query(`DELETE FROM users WHERE email LIKE 'bench-%@bench.rapport'`);
  const started = Date.now();
  const step = async (name: string, sql: string, values: unknown[] = []) => {
    const t = Date.now();
    const result = await pg.query(sql, values);
    log(`  ${name}: ${result.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return result;
  };
  log(`Generating the bench tenant: ${CLIENTS} clients, ${targetPosts.toLocaleString("en")} inbound posts (once; a few minutes)…`);
  await pg.query(TEMP_FUNCTIONS);

  const agencyId = (
    await pg.query<{ id: string }>(`INSERT INTO agencies (id, name, slug) VALUES (pg_temp.uuid7(now(), 1, 1), 'Bench Inbox Agency', $1) RETURNING id`, [BENCH_SLUG])
  ).rows[0]!.id;

  await step(
    "clients",
    `INSERT INTO clients (id, agency_id, name, color, timezone, business_hours, sla_minutes, updated_at)
     SELECT pg_temp.uuid7(now(), n, 2), $1, 'Client ' || lpad(n::text, 3, '0'), ($2::text[])[1 + n % $3], ($4::text[])[1 + n % $5],
            ($6::jsonb[])[1 + (n / 3) % $7], (ARRAY[30, 60, 120, 240])[1 + (n / 2) % 4], now()
     FROM generate_series(1, ${CLIENTS}) n`,
    [agencyId, COLORS, COLORS.length, ZONES, ZONES.length, HOURS.map((h) => JSON.stringify(h)), HOURS.length],
  );
  // Every client has one account, every other client a second; one in 25 needs reconnecting.
  await step(
    "accounts",
    `CREATE TEMP TABLE bench_accounts AS
     SELECT row_number() OVER (ORDER BY c.name, s) - 1 AS idx, pg_temp.uuid7(now(), c.n * 10 + s, 3) AS id, c.id AS client_id,
            lower(replace(c.name, ' ', '_')) || CASE WHEN s = 2 THEN '_help' ELSE '' END AS username,
            ('66' || lpad((c.n * 10 + s)::text, 17, '0')) AS x_user_id, c.n * 10 + s AS an
     FROM (SELECT id, name, row_number() OVER (ORDER BY name) AS n FROM clients WHERE agency_id = $1) c
     CROSS JOIN generate_series(1, 2) s WHERE s = 1 OR c.n % 2 = 0`,
    [agencyId],
  );
  await pg.query(`CREATE INDEX ON bench_accounts (idx)`);
  await step(
    "x_accounts",
    // next_sync_at far ahead: a sync worker on the same database must not try these token-less accounts.
    `INSERT INTO x_accounts (id, agency_id, client_id, x_user_id, username, name, status, followers_count, next_sync_at, updated_at)
     SELECT id, $1, client_id, x_user_id, username, initcap(replace(username, '_', ' ')),
            (CASE WHEN an % 25 = 0 THEN 'NEEDS_RECONNECT' ELSE 'ACTIVE' END)::"XAccountStatus", (an * 37) % 500000, '2999-01-01', now()
     FROM bench_accounts`,
    [agencyId],
  );
  const accounts = Number((await pg.query<{ n: string }>(`SELECT count(*) AS n FROM bench_accounts`)).rows[0]!.n);

  await step(
    "x_users (authors)",
    `INSERT INTO x_users (id, username, name, profile_image_url, followers_count, verified)
     SELECT '77' || lpad(n::text, 17, '0'),
            pg_temp.pick(ARRAY['maria', 'john', 'aisha', 'kenji', 'lucas', 'emma', 'noah', 'sofia', 'liam', 'olivia', 'mateo', 'chloe', 'arjun', 'yuki', 'fatima', 'oscar'], n, 30)
              || pg_temp.pick(ARRAY['_', '', '.', 'x'], n, 31) || (n % 9973)::text,
            initcap(pg_temp.pick(ARRAY['maria', 'john', 'aisha', 'kenji', 'lucas', 'emma', 'noah', 'sofia', 'liam', 'olivia', 'mateo', 'chloe', 'arjun', 'yuki', 'fatima', 'oscar'], n, 30))
              || ' ' || pg_temp.pick(ARRAY['Lopez', 'Smith', 'Khan', 'Tanaka', 'Silva', 'Müller', 'Brown', 'Rossi', 'Okafor', 'Dubois', 'Novak', 'Haddad'], n, 32),
            NULL, floor(exp(pg_temp.rnd(n, 33) * 13))::int, pg_temp.rnd(n, 34) < 0.01
     FROM generate_series(1, ${AUTHORS}) n
     ON CONFLICT (id) DO NOTHING`,
  );

  const people = await step(
    "people",
    `WITH u AS (
       INSERT INTO users (id, email, name)
       SELECT pg_temp.uuid7(now(), n, 40), CASE WHEN n = 0 THEN 'bench-admin@bench.rapport' ELSE 'bench-staff-' || lpad(n::text, 2, '0') || '@bench.rapport' END,
              CASE WHEN n = 0 THEN 'Bench Admin' ELSE 'Bench Staff ' || n END
       FROM generate_series(0, ${STAFF}) n RETURNING id, email)
     SELECT id, email FROM u ORDER BY email`,
  );
  const admin = people.rows.find((p: { email: string }) => p.email.startsWith("bench-admin")) as { id: string; email: string };
  const staffRows = (people.rows as { id: string; email: string }[]).filter((p) => p.email.startsWith("bench-staff"));
  const staff = staffRows.map((p, i) => ({ ...p, allClients: i < STAFF / 2 }));
  await pg.query(
    `INSERT INTO memberships (id, user_id, agency_id, role, all_clients)
     SELECT pg_temp.uuid7(now(), i, 41), u, $1, (CASE WHEN i = 1 THEN 'AGENCY_ADMIN' ELSE 'STAFF' END)::"Role", a
     FROM unnest($2::uuid[], $3::boolean[]) WITH ORDINALITY AS x(u, a, i)`,
    [agencyId, [admin.id, ...staff.map((s) => s.id)], [false, ...staff.map((s) => s.allClients)]],
  );
  // Staff without every client work 20 clients each, overlapping.
  await pg.query(
    `INSERT INTO membership_clients (membership_id, client_id)
     SELECT m.id, c.id FROM memberships m
     JOIN users u ON u.id = m.user_id
     JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM clients WHERE agency_id = $1) c
       ON c.n / 20 = (substring(u.email from 'bench-staff-(\\d+)')::int - ${STAFF / 2 + 1}) % 10
     WHERE m.agency_id = $1 AND m.role = 'STAFF' AND NOT m.all_clients`,
    [agencyId],
  );
  await step("tags", `INSERT INTO tags (id, agency_id, name) SELECT pg_temp.uuid7(now(), i, 50), $1, t FROM unnest($2::text[]) WITH ORDINALITY x(t, i)`, [agencyId, TAGS]);

  // Conversation plan: one row per conversation with everything derived from its number n.
  const conversations = Math.floor((targetPosts * 100) / POSTS_PER_100_CONVERSATIONS);
  const planned = Number((await pg.query<{ n: string }>(`SELECT sum(${POSTS_IN_CONVERSATION_SQL}) AS n FROM generate_series(1, $1) n`, [conversations])).rows[0]!.n);
  const extra = targetPosts - planned;
  const assignees = [admin.id, ...staff.filter((s) => s.allClients).map((s) => s.id)];
  await step(
    "conversation plan",
    `CREATE TEMP TABLE bench_plan AS
     SELECT n, k, a.id AS account_id, a.client_id, a.username, age, gap,
            now() - age - make_interval(mins => ((k - 1) * gap)::int) AS first_at, now() - age AS last_at,
            CASE WHEN age < interval '3 days' THEN
                   CASE WHEN r < 0.40 THEN 'OPEN' WHEN r < 0.45 THEN 'PENDING' WHEN r < 0.50 THEN 'SNOOZED' ELSE 'DONE' END
                 ELSE CASE WHEN r < 0.012 THEN 'OPEN' WHEN r < 0.014 THEN 'SNOOZED' WHEN r < 0.015 THEN 'PENDING' ELSE 'DONE' END
            END AS status
     FROM (
       SELECT n, ${POSTS_IN_CONVERSATION_SQL} + CASE WHEN n = 1 THEN $2::int ELSE 0 END AS k,
              floor(power(pg_temp.rnd(n, 13), 1.7) * $3)::int AS account_idx,
              make_interval(secs => 180 * 86400 * power(pg_temp.rnd(n, 10), 1.3)) AS age,
              5 + floor(pg_temp.rnd(n, 11) * 55) AS gap, pg_temp.rnd(n, 12) AS r
       FROM generate_series(1, $1) n) p
     JOIN bench_accounts a ON a.idx = p.account_idx`,
    [conversations, extra, accounts],
  );
  await step(
    "conversations",
    `INSERT INTO conversations (id, agency_id, client_id, account_id, x_conversation_id, author_id, status, snoozed_until, assignee_id,
       latest_kind, latest_inbound_text, first_inbound_at, last_inbound_at, awaiting_since, first_response_at, last_response_at,
       inbound_count, own_reply_count, has_draft, done_at, created_at, updated_at)
     SELECT pg_temp.uuid7(first_at, n, 60), $1, client_id, account_id, pg_temp.snowflake(first_at, n * 8 + 1),
            '77' || lpad((1 + floor(power(pg_temp.rnd(n, 14), 1.2) * ${AUTHORS}))::text, 17, '0'),
            status::"ConversationStatus",
            CASE WHEN status = 'SNOOZED' THEN now() + make_interval(mins => (floor(pg_temp.rnd(n, 15) * 96 * 60) - 24 * 60)::int) END,
            CASE WHEN status <> 'DONE' AND pg_temp.rnd(n, 16) < 0.3 THEN ($2::uuid[])[1 + floor(pg_temp.rnd(n, 17) * $3)::int] END,
            pg_temp.post_kind(n * 8 + k), pg_temp.post_text(n * 8 + k, username), first_at, last_at,
            CASE WHEN status <> 'DONE' AND pg_temp.rnd(n, 18) < 0.9 THEN first_at
                 WHEN status = 'DONE' AND pg_temp.rnd(n, 18) < 0.15 THEN first_at END,
            CASE WHEN status = 'DONE' OR pg_temp.rnd(n, 18) >= 0.9 THEN last_at + make_interval(mins => (5 + floor(pg_temp.rnd(n, 19) * 300))::int) END,
            CASE WHEN status = 'DONE' OR pg_temp.rnd(n, 18) >= 0.9 THEN last_at + make_interval(mins => (5 + floor(pg_temp.rnd(n, 19) * 300))::int) END,
            k, CASE WHEN status = 'DONE' THEN 1 ELSE 0 END,
            status <> 'DONE' AND pg_temp.rnd(n, 20) < 0.06,
            CASE WHEN status = 'DONE' THEN last_at + make_interval(mins => (10 + floor(pg_temp.rnd(n, 19) * 600))::int) END,
            first_at, last_at
     FROM bench_plan ORDER BY first_at`,
    [agencyId, assignees, assignees.length],
  );
  await pg.query(`CREATE TEMP TABLE bench_conv AS SELECT p.*, c.id AS conversation_id, c.x_conversation_id, c.author_id FROM bench_plan p
                  JOIN conversations c ON c.account_id = p.account_id AND c.x_conversation_id = pg_temp.snowflake(p.first_at, p.n * 8 + 1)`);
  await step(
    "posts",
    `INSERT INTO posts (id, agency_id, client_id, account_id, x_id, conversation_id, x_conversation_id, author_id, kind, inbound, text,
       in_reply_to_x_id, posted_at, likes, impressions)
     SELECT pg_temp.uuid7(t, c.n * 8 + j, 70), $1, c.client_id, c.account_id, pg_temp.snowflake(t, c.n * 8 + j), c.conversation_id,
            c.x_conversation_id,
            CASE WHEN j = 1 OR pg_temp.rnd(c.n * 8 + j, 21) < 0.8 THEN c.author_id ELSE '77' || lpad((1 + floor(pg_temp.rnd(c.n * 8 + j, 22) * ${AUTHORS}))::text, 17, '0') END,
            CASE WHEN j = c.k THEN pg_temp.post_kind(c.n * 8 + j) WHEN j = 1 THEN 'MENTION'::"PostKind" ELSE 'REPLY'::"PostKind" END, true,
            pg_temp.post_text(c.n * 8 + j, c.username),
            CASE WHEN j > 1 THEN pg_temp.snowflake(t - make_interval(mins => c.gap::int), c.n * 8 + j - 1) END,
            t, floor(pg_temp.rnd(c.n * 8 + j, 23) * 20)::int, floor(pg_temp.rnd(c.n * 8 + j, 24) * 2000)::int
     FROM bench_conv c CROSS JOIN LATERAL generate_series(1, c.k) j
     CROSS JOIN LATERAL (SELECT c.first_at + make_interval(mins => ((j - 1) * c.gap)::int) AS t) tt
     ORDER BY t`,
    [agencyId],
  );
  await step(
    "conversation tags",
    `INSERT INTO conversation_tags (conversation_id, tag_id)
     SELECT DISTINCT c.conversation_id, t.id
     FROM bench_conv c CROSS JOIN generate_series(0, 1) s
     JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i FROM tags WHERE agency_id = $1) t
       ON t.i = floor(pg_temp.rnd(c.n * 2 + s, 26) * ${TAGS.length})::int
     WHERE (s = 0 AND pg_temp.rnd(c.n, 25) < 0.15) OR (s = 1 AND pg_temp.rnd(c.n, 25) < 0.03)`,
    [agencyId],
  );
  await step(
    "presences",
    `INSERT INTO presences (conversation_id, user_id, drafting, seen_at)
     SELECT c.conversation_id, ($1::uuid[])[1 + floor(pg_temp.rnd(c.n, 27) * $2)::int], pg_temp.rnd(c.n, 28) < 0.5, now()
     FROM bench_conv c WHERE c.status <> 'DONE' AND pg_temp.rnd(c.n, 29) < 0.02`,
    [assignees, assignees.length],
  );
  await computeSlaDue(pg, agencyId, log);
  log("  analysing…");
  await pg.query(`VACUUM ANALYZE conversations`);
  await pg.query(`VACUUM ANALYZE posts`);
  await pg.query(`ANALYZE x_users; ANALYZE conversation_tags; ANALYZE presences; ANALYZE clients; ANALYZE x_accounts; ANALYZE tags`);
  const totals = (
    await pg.query<{ posts: string; conversations: string }>(
      `SELECT (SELECT count(*) FROM posts WHERE agency_id = $1) AS posts, (SELECT count(*) FROM conversations WHERE agency_id = $1) AS conversations`,
      [agencyId],
    )
  ).rows[0]!;
  const summary = { posts: Number(totals.posts), conversations: Number(totals.conversations) };
  await pg.query(`INSERT INTO audit_logs (id, agency_id, action, target_type, data) VALUES (pg_temp.uuid7(now(), 1, 99), $1, $2, 'agency', $3)`, [agencyId, MARKER, JSON.stringify(summary)]);
  log(`Generated in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return { agencyId, admin, staff, ...summary };
}

/** sla_due_at = awaiting_since + the client's SLA in its business hours: computed by lib/sla, as the sync does. */
async function computeSlaDue(pg: Client, agencyId: string, log: (line: string) => void): Promise<void> {
  const t = Date.now();
  const clients = await pg.query<{ id: string; timezone: string; business_hours: unknown; sla_minutes: number }>(
    `SELECT id, timezone, business_hours, sla_minutes FROM clients WHERE agency_id = $1`,
    [agencyId],
  );
  const byId = new Map(clients.rows.map((c) => [c.id, { ...c, hours: businessHoursSchema.parse(c.business_hours) }]));
  const rows = await pg.query<{ id: string; client_id: string; awaiting_since: Date }>(
    `SELECT id, client_id, awaiting_since FROM conversations WHERE agency_id = $1 AND awaiting_since IS NOT NULL`,
    [agencyId],
  );
  const BATCH = 10_000;
  for (let i = 0; i < rows.rows.length; i += BATCH) {
    const batch = rows.rows.slice(i, i + BATCH);
    const dues = batch.map((r) => {
      const client = byId.get(r.client_id)!;
      return addBusinessMillis(r.awaiting_since, client.sla_minutes * 60_000, client.hours, client.timezone);
    });
    await pg.query(`UPDATE conversations c SET sla_due_at = v.due FROM unnest($1::uuid[], $2::timestamptz[]) v(id, due) WHERE c.id = v.id`, [
      batch.map((r) => r.id),
      dues,
    ]);
  }
  log(`  sla_due_at: ${rows.rows.length} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
