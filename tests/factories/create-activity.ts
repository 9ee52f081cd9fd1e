import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { CONVERSATIONS_SQL, DAYS_SQL, OWN_POSTS_SQL, PEOPLE_SQL, THREAD_POSTS_SQL, THREADS_SQL } from "./activity-sql";

export type ActivityOptions = {
  agencyId: string;
  clientId: string;
  /** First instant of the history; its local day (client time zone) is the first day. */
  from: Date;
  days: number;
  /** Nothing is posted at or after this instant (default: now), as if the sync had just run. */
  until?: Date;
  /** Connected accounts to create for the client (default 1), or existing account ids to fill. */
  accounts?: number | string[];
  /** Threads started by other people per account and weekday (weekends get 45%). */
  inboundPerDay?: number;
  /** The brand's own posts (original, link, repost, quote) per account and weekday. */
  ownPostsPerDay?: number;
  linkShare?: number;
  answerRate?: number;
  followUpRate?: number;
  people?: number;
  /** Daily follower snapshots from `from` to `until`, as the worker would have recorded them. */
  followers?: { start: number; perDay: number };
  /** Usage ledger rows (api_usage_daily) for each UTC day. */
  apiUsage?: boolean;
  seed?: number;
};

export type Activity = {
  accountIds: string[];
  brandUserIds: string[];
  usernames: string[];
  /** X user ids of the people created start with these (for cleaning up). */
  peoplePrefixes: string[];
};

/**
 * Realistic X activity for a client, written straight into the tables the sync fills: people,
 * the brand's own posts (originals, link broadcasts, reposts, quotes, some threads), threads
 * started by people (mentions, replies to brand posts, quotes) that the brand answers after a
 * while or not at all, follow-ups that reopen threads (some answered again), and the inbox's
 * conversation rows. Set-based SQL, so a 100,000-item month takes seconds.
 */
export async function createActivity(options: ActivityOptions): Promise<Activity> {
  const until = options.until ?? new Date();
  const accounts = Array.isArray(options.accounts)
    ? await db.xAccount.findMany({ where: { id: { in: options.accounts }, clientId: options.clientId }, select: { id: true, xUserId: true, username: true } })
    : await createAccounts(options.agencyId, options.clientId, options.accounts ?? 1);
  const accountIds = accounts.map((a) => a.id);
  const prefix = String(randomInt(100_000_000, 999_999_999));
  const seed = options.seed ?? Math.random();

  const params: Record<string, unknown> = {
    prefix,
    people: options.people ?? 400,
    account_ids: accountIds,
    from: options.from,
    days: options.days,
    until,
    own_per_day: options.ownPostsPerDay ?? 3,
    link_share: options.linkShare ?? 0.3,
    inbound_per_day: options.inboundPerDay ?? 12,
    answer_rate: options.answerRate ?? 0.75,
    follow_up_rate: options.followUpRate ?? 0.3,
  };
  await db.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe("SELECT setseed($1::float)::text AS seeded", Math.max(-1, Math.min(1, seed)));
      for (const sql of [PEOPLE_SQL, DAYS_SQL, OWN_POSTS_SQL, THREADS_SQL, THREAD_POSTS_SQL, CONVERSATIONS_SQL]) {
        for (const statement of split(sql)) {
          const bound = bind(statement, params);
          await tx.$executeRawUnsafe(bound.text, ...bound.values);
        }
      }
      // The client existed when its history began (month closes skip months before a client was added).
      await tx.client.updateMany({ where: { id: options.clientId, createdAt: { gt: options.from } }, data: { createdAt: options.from } });
      if (options.followers) await writeFollowers(tx, accountIds, options.from, until, options.followers);
      if (options.apiUsage) await writeUsage(tx, accountIds, options.from, until);
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  return { accountIds, brandUserIds: accounts.map((a) => a.xUserId), usernames: accounts.map((a) => a.username), peoplePrefixes: [prefix] };
}

async function createAccounts(agencyId: string, clientId: string, count: number) {
  const created = [];
  for (let i = 0; i < count; i++) {
    const xUserId = String(randomInt(1_000_000_000, 9_999_999_999));
    const username = `brand${xUserId.slice(-6)}${i ? `_${i}` : ""}`;
    await db.xUser.upsert({ where: { id: xUserId }, create: { id: xUserId, username, name: `Brand ${i + 1}` }, update: {} });
    created.push(
      await db.xAccount.create({
        data: { agencyId, clientId, xUserId, username, name: `Brand ${i + 1}`, followersCount: 1000, connectedAt: new Date(0) },
        select: { id: true, xUserId: true, username: true },
      }),
    );
  }
  return created;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

// Follower snapshots for each local day, as refreshDailyMetrics records them; the account's current
// count is the last one. Rows are created with zero counts: a refresh fills them in and keeps followers.
async function writeFollowers(tx: Tx, accountIds: string[], from: Date, until: Date, followers: { start: number; perDay: number }) {
  await tx.$executeRawUnsafe(
    `INSERT INTO daily_metrics (agency_id, client_id, account_id, day, followers)
     SELECT a.agency_id, a.client_id, a.id, d::date,
            ($4::int + round($5::float * (d::date - ($2::timestamptz AT TIME ZONE c.timezone)::date) + 8 * sin(extract(doy FROM d))))::int
     FROM x_accounts a JOIN clients c ON c.id = a.client_id,
          generate_series(($2::timestamptz AT TIME ZONE c.timezone)::date, ($3::timestamptz AT TIME ZONE c.timezone)::date, interval '1 day') d
     WHERE a.id = ANY($1::uuid[])
     ON CONFLICT (account_id, day) DO UPDATE SET followers = EXCLUDED.followers`,
    accountIds,
    from,
    until,
    followers.start,
    followers.perDay,
  );
  await tx.$executeRawUnsafe(
    `UPDATE x_accounts a SET followers_count = m.followers
     FROM (SELECT DISTINCT ON (account_id) account_id, followers FROM daily_metrics WHERE account_id = ANY($1::uuid[]) AND followers IS NOT NULL ORDER BY account_id, day DESC) m
     WHERE a.id = m.account_id`,
    accountIds,
  );
}

async function writeUsage(tx: Tx, accountIds: string[], from: Date, until: Date) {
  await tx.$executeRawUnsafe(
    `INSERT INTO api_usage_daily (agency_id, client_id, account_id, day, endpoint, calls, items, cost_micros)
     SELECT a.agency_id, a.client_id, a.id, d::date, e.endpoint, e.calls, e.items, e.items * e.price
     FROM x_accounts a, generate_series($2::timestamptz::date, $3::timestamptz::date, interval '1 day') d,
          LATERAL (VALUES ('mentions', 96, 40 + (extract(doy FROM d)::int % 17) * 5, 5000),
                          ('user_posts', 48, 10 + (extract(doy FROM d)::int % 5), 5000),
                          ('users', 4, 12, 10000)) AS e(endpoint, calls, items, price)
     WHERE a.id = ANY($1::uuid[])
     ON CONFLICT DO NOTHING`,
    accountIds,
    from,
    until,
  );
}

// Prisma runs one statement per call; the SQL files keep related statements together.
function split(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
}

// Named parameters (:name, never ::type) become $1…$n, so each statement gets only those it uses.
function bind(statement: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const names: string[] = [];
  const text = statement.replace(/(?<![:\w]):([a-z_]+)\b/g, (_match, name: string) => {
    if (!(name in params)) throw new Error(`no value for :${name}`);
    const index = names.indexOf(name);
    if (index !== -1) return `$${index + 1}`;
    names.push(name);
    return `$${names.length}`;
  });
  return { text, values: names.map((name) => params[name]) };
}
