import { getMentionsPage, MENTIONS_ENDPOINT, searchRecent, SEARCH_ENDPOINT } from "@/lib/x";
import { throwIfAborted, type RunContext, type StreamSuccess } from "./run-context";
import { nextPollInterval, respectRateLimit } from "./schedule";
import { compareXIds, maxXId, xIdFloor, xIdTime } from "./snowflake";
import { writePage } from "./write-page";

/** X serves only the newest 800 mentions, whatever since_id asks for. */
export const MENTIONS_CAP = 800;
// Eight pages reach the cap; more means X keeps handing out tokens for empty pages (pitfall 3).
const MAX_MENTION_PAGES = 12;
// A gap is filled 50 pages (5,000 mentions) per run at most; the rest waits for the next run.
const MAX_GAP_PAGES = 50;
const SEARCH_REACH_MS = 7 * 86_400_000;

type Drain = { newItems: number; seen: number; newest: string | null; oldest: string | null; complete: boolean };

/**
 * Reads pages until X gives no next token, writing each page in its own transaction. Pages that come back
 * empty with a token are followed, not taken as the end (twitter-api-v2's paginators stop there).
 */
async function drain(ctx: RunContext, fetch: (token: string | undefined) => ReturnType<typeof getMentionsPage>, maxPages: number): Promise<Drain> {
  const out: Drain = { newItems: 0, seen: 0, newest: null, oldest: null, complete: false };
  let token: string | undefined;
  for (let pages = 0; pages < maxPages; pages++) {
    throwIfAborted(ctx.signal);
    const page = await fetch(token);
    for (const post of page.posts) {
      out.newest = maxXId(out.newest, post.id);
      if (out.oldest === null || compareXIds(post.id, out.oldest) < 0) out.oldest = post.id;
    }
    out.seen += page.posts.length;
    const result = await writePage(ctx.account, ctx.session, page, { fromMentions: true });
    out.newItems += result.newPosts;
    for (const [conversation, parent] of result.missingParents) ctx.missingParents.set(conversation, parent);
    token = page.nextToken ?? undefined;
    if (!token) return { ...out, complete: true };
  }
  return out;
}

/**
 * Mentions since the cursor, every page. The request starts a little before the cursor (X indexes some
 * mentions late; re-reads are deduplicated by id), and the cursor moves only after a fully drained run,
 * to the newest id seen. A backlog beyond X's 800 is recorded as a gap and filled from recent search.
 */
export async function syncMentions(ctx: RunContext): Promise<StreamSuccess> {
  const cursor = ctx.cursors.get("mentions");
  const previous = cursor?.sinceId ?? null;
  const sinceId = previous ? xIdFloor(xIdTime(previous) - ctx.options.overlapMs) : undefined;
  const { account, session } = ctx;
  const run = await drain(
    ctx,
    (token) => session.call(MENTIONS_ENDPOINT, (auth, o) => getMentionsPage(auth, { userId: account.xUserId, sinceId, paginationToken: token, maxResults: 100 }, o)),
    MAX_MENTION_PAGES,
  );
  if (!run.complete) throw new Error(`mentions did not end after ${MAX_MENTION_PAGES} pages; the cursor stays where it was`);

  // X served its 800 without reaching back to what we asked for: mentions between our since_id and the
  // oldest one served are out of the timeline's reach. (A first sync has no such promise to keep.)
  let gap = cursor?.gapFromId && cursor.gapToId ? { fromId: cursor.gapFromId, toId: cursor.gapToId } : null;
  if (sinceId && run.seen >= MENTIONS_CAP && run.oldest && compareXIds(run.oldest, sinceId) > 0) {
    gap = { fromId: gap && compareXIds(gap.fromId, sinceId) < 0 ? gap.fromId : sinceId, toId: run.oldest };
  }
  let filled = 0;
  if (gap) {
    const result = await fillGap(ctx, gap);
    filled = result.newItems;
    gap = result.remaining;
  }

  const newItems = run.newItems + filled;
  const previousInterval = cursor?.nextRunAt && cursor.lastRunAt ? cursor.nextRunAt.getTime() - cursor.lastRunAt.getTime() : null;
  const interval = nextPollInterval({ newItems, previousIntervalMs: previousInterval }, ctx.options.activePollMs, ctx.options.idlePollMs);
  const now = new Date();
  const window = session.windowOf(MENTIONS_ENDPOINT);
  return {
    newItems,
    update: {
      sinceId: maxXId(previous, run.newest),
      drained: true,
      nextRunAt: respectRateLimit(new Date(now.getTime() + interval), window, now),
      itemsLastRun: newItems,
      gap,
    },
  };
}

type Gap = { fromId: string; toId: string };

/**
 * Mentions X's timeline could not reach, from recent search ("@username" between the gap's ids). Search
 * only reaches back 7 days: an older gap stays recorded for the UI.
 */
async function fillGap(ctx: RunContext, gap: Gap): Promise<{ newItems: number; remaining: Gap | null }> {
  if (Date.now() - xIdTime(gap.fromId) > SEARCH_REACH_MS - 60_000) return { newItems: 0, remaining: gap };
  const { account, session } = ctx;
  const run = await drain(
    ctx,
    (token) =>
      session.call(SEARCH_ENDPOINT, (auth, o) => searchRecent(auth, { query: `@${account.username}`, sinceId: gap.fromId, untilId: gap.toId, nextToken: token, maxResults: 100 }, o)),
    MAX_GAP_PAGES,
  );
  // Search reads newest first: what is left unread lies between the gap's start and the oldest id read.
  const remaining = run.complete ? null : { fromId: gap.fromId, toId: run.oldest ?? gap.toId };
  return { newItems: run.newItems, remaining };
}
