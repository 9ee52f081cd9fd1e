import { db } from "@/lib/db";
import { getUserPostsPage, type XAuth, type XCallOptions } from "@/lib/x";
import type { SendContext } from "./claim-send";
import type { PostedReply } from "./finish-send";
import { findPostedReply } from "./reconcile-match";

/** Pages of the account's timeline read at most; newest first, so a reply made minutes ago is on the first. */
const MAX_PAGES = 5;

/**
 * After an answer we never got (timeout, dropped connection, garbled body), X may or may not hold the
 * reply. Reads the account's own posts newer than the post we answered (since_id keeps the read, and its
 * cost, small) and looks for a reply to that post with the text we sent. Throws (an XError) when X cannot
 * be read: then the outcome stays unknown.
 */
export async function findReconciledReply(auth: XAuth, context: SendContext, text: string, options: XCallOptions): Promise<PostedReply | null> {
  const claimed = await db.sentReply.findMany({
    where: { accountId: context.account.id, inReplyToXId: context.inReplyToXId, xPostId: { not: null }, NOT: { id: context.ledgerId } },
    select: { xPostId: true },
  });
  const claimedIds = new Set(claimed.flatMap((c) => (c.xPostId ? [c.xPostId] : [])));
  let paginationToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await getUserPostsPage(auth, { userId: context.account.xUserId, sinceId: context.inReplyToXId, maxResults: 100, paginationToken }, options);
    const match = findPostedReply(result.posts, { accountXUserId: context.account.xUserId, inReplyToXId: context.inReplyToXId, text }, claimedIds);
    if (match) {
      const full = result.posts.find((p) => p.id === match.id);
      return { id: match.id, text: match.text, createdAt: full?.createdAt ?? new Date() };
    }
    if (!result.nextToken) return null;
    paginationToken = result.nextToken;
  }
  return null;
}
