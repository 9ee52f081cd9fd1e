import { getUserPostsPage, USER_POSTS_ENDPOINT } from "@/lib/x";
import { throwIfAborted, type RunContext, type StreamSuccess } from "./run-context";
import { respectRateLimit } from "./schedule";
import { maxXId, xIdFloor, xIdTime } from "./snowflake";
import { writePage } from "./write-page";

// X keeps the 3,200 most recent posts reachable: 32 pages is everything it will ever hand out.
const MAX_PAGES = 33;

/**
 * The account's own posts since the cursor (with the same overlap as mentions). They classify as
 * OWN_*; a reply to someone else answers that conversation, which is how replies made directly on X
 * count. The first run reads only the newest pages (history beyond that is not needed for answers);
 * over budget it reads one page.
 */
export async function syncOwnPosts(ctx: RunContext): Promise<StreamSuccess> {
  const cursor = ctx.cursors.get("own_posts");
  const previous = cursor?.sinceId ?? null;
  const sinceId = previous ? xIdFloor(xIdTime(previous) - ctx.options.overlapMs) : undefined;
  const firstRunPages = ctx.overBudget ? 1 : Math.max(1, ctx.options.ownPostsBackfillPages);
  const { account, session } = ctx;
  let token: string | undefined;
  let newest: string | null = null;
  let newItems = 0;
  let complete = false;
  for (let pages = 0; pages < (previous ? MAX_PAGES : firstRunPages); pages++) {
    throwIfAborted(ctx.signal);
    const page = await session.call(USER_POSTS_ENDPOINT, (auth, o) =>
      getUserPostsPage(auth, { userId: account.xUserId, sinceId, paginationToken: token, maxResults: 100, ownMetrics: true }, o),
    );
    for (const post of page.posts) newest = maxXId(newest, post.id);
    const result = await writePage(account, session, page);
    newItems += result.newPosts;
    for (const [conversation, parent] of result.missingParents) ctx.missingParents.set(conversation, parent);
    token = page.nextToken ?? undefined;
    if (!token) {
      complete = true;
      break;
    }
  }
  // A first run stops on purpose after its pages: that is its baseline, not an undrained run.
  if (previous && !complete) throw new Error(`own posts did not end after ${MAX_PAGES} pages; the cursor stays where it was`);
  const now = new Date();
  return {
    newItems,
    update: {
      sinceId: maxXId(previous, newest),
      drained: true,
      nextRunAt: respectRateLimit(new Date(now.getTime() + ctx.options.ownPostsPollMs), session.windowOf(USER_POSTS_ENDPOINT), now),
      itemsLastRun: newItems,
    },
  };
}
