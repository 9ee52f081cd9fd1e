import { getPostsByIds, MAX_IDS_PER_LOOKUP, POSTS_LOOKUP_ENDPOINT, searchRecent, SEARCH_ENDPOINT, type XPost } from "@/lib/x";
import { syncPool, type PgClient } from "./pg-pool";
import { throwIfAborted, type RunContext, type StreamSuccess } from "./run-context";
import { respectRateLimit } from "./schedule";
import { withReports, writePage } from "./write-page";

// At most this many own posts per run (10 calls); the newest first.
const MAX_POSTS = 1_000;
// Quote searches per run: quotes without an @mention never reach the mentions timeline.
const MAX_QUOTE_SEARCHES = 5;

const UPDATE_SQL = `
UPDATE posts p SET impressions = m.impressions, likes = m.likes, reposts = m.reposts, replies = m.replies,
  quotes = m.quotes, bookmarks = m.bookmarks, metrics_updated_at = now()
FROM unnest($2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[])
  AS m(x_id, impressions, likes, reposts, replies, quotes, bookmarks)
WHERE p.account_id = $1::uuid AND p.x_id = m.x_id`;

async function updateMetrics(client: PgClient, accountId: string, posts: readonly XPost[]): Promise<void> {
  const list = posts.filter((p) => p.metrics);
  if (!list.length) return;
  await client.query(UPDATE_SQL, [
    accountId,
    list.map((p) => p.id),
    list.map((p) => p.metrics?.impressions ?? 0),
    list.map((p) => p.metrics?.likes ?? 0),
    list.map((p) => p.metrics?.reposts ?? 0),
    list.map((p) => p.metrics?.replies ?? 0),
    list.map((p) => p.metrics?.quotes ?? 0),
    list.map((p) => p.metrics?.bookmarks ?? 0),
  ]);
}

/**
 * Metrics of the account's own posts of the last 30 days, 100 ids per call. Posts whose quote count on X
 * exceeds the quotes we hold are searched for their quotes (a quote without an @mention is addressed to
 * the brand but never appears among its mentions). Skipped over budget: it is not needed to answer.
 */
export async function refreshMetrics(ctx: RunContext): Promise<StreamSuccess> {
  const now = new Date();
  const next = () => respectRateLimit(new Date(Date.now() + ctx.options.metricsEveryMs), ctx.session.windowOf(POSTS_LOOKUP_ENDPOINT), new Date());
  if (ctx.overBudget) return { newItems: 0, update: { nextRunAt: next() } };
  const { account, session } = ctx;
  const since = new Date(now.getTime() - ctx.options.metricsWindowMs);
  const pool = syncPool();
  const { rows } = await pool.query<{ x_id: string }>(
    `SELECT x_id FROM posts WHERE account_id = $1 AND NOT inbound AND kind <> 'OWN_REPOST' AND posted_at > $2
     ORDER BY posted_at DESC LIMIT ${MAX_POSTS}`,
    [account.id, since],
  );
  // A quote comes after what it quotes, so quotes of posts from this window are in the window too.
  const { rows: quotes } = await pool.query<{ quoted_x_id: string; held: number }>(
    `SELECT quoted_x_id, count(*)::int AS held FROM posts
     WHERE account_id = $1 AND inbound AND posted_at > $2 AND kind = 'QUOTE' GROUP BY quoted_x_id`,
    [account.id, since],
  );
  const held = new Map(quotes.map((q) => [q.quoted_x_id, q.held]));
  const quoted: string[] = [];
  for (let i = 0; i < rows.length; i += MAX_IDS_PER_LOOKUP) {
    throwIfAborted(ctx.signal);
    const ids = rows.slice(i, i + MAX_IDS_PER_LOOKUP).map((r) => r.x_id);
    const page = await session.call(POSTS_LOOKUP_ENDPOINT, (auth, o) => getPostsByIds(auth, { ids, ownMetrics: true }, o));
    await withReports(account, session, (client) => updateMetrics(client, account.id, page.posts));
    for (const post of page.posts) if ((post.metrics?.quotes ?? 0) > (held.get(post.id) ?? 0)) quoted.push(post.id);
  }
  let newItems = 0;
  for (const postId of quoted.slice(0, MAX_QUOTE_SEARCHES)) {
    throwIfAborted(ctx.signal);
    const page = await session.call(SEARCH_ENDPOINT, (auth, o) => searchRecent(auth, { query: `quotes_of_tweet_id:${postId}`, maxResults: 100 }, o));
    newItems += (await writePage(account, session, page)).newPosts;
  }
  return { newItems, update: { nextRunAt: next(), itemsLastRun: rows.length } };
}
