import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorize, clientDataWhere } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { recordUsage } from "@/lib/replies/record-usage";
import { AccountUnavailableError, getAccessToken } from "@/lib/x-accounts";
import { repost, XGrantError, XPlanError, XRateLimitedError, XUnauthorizedError, type XCallReport } from "@/lib/x";

export const repostPostSchema = z.object({ postId: z.string() });

/**
 * Reposts (retweets) a post of the thread as the client's account. Reposting is idempotent on X (a second
 * repost of the same post changes nothing), so no ledger is needed; the audit log remembers it.
 */
export async function repostPost(actor: Actor, input: z.input<typeof repostPostSchema>): Promise<{ reposted: boolean }> {
  authorize(actor, "conversation.act");
  const { postId } = repostPostSchema.parse(input);
  if (!isUuid(postId)) throw notFound("Post not found");
  const post = await db.post.findFirst({
    where: { ...clientDataWhere(actor), id: postId },
    select: { id: true, xId: true, clientId: true, agencyId: true, conversationId: true, account: { select: { id: true, xUserId: true, username: true } } },
  });
  if (!post) throw notFound("Post not found");
  authorize(actor, "conversation.act", { clientId: post.clientId });

  const reports: XCallReport[] = [];
  const options = { onCall: (report: XCallReport) => reports.push(report) };
  try {
    const auth = await getAccessToken(post.account.id, { x: options });
    const result = await repost(auth, { userId: post.account.xUserId, postId: post.xId }, options);
    await recordAudit(db, actor, { action: "post.reposted", targetType: "post", targetId: post.id, clientId: post.clientId, data: { xId: post.xId, account: post.account.username, conversationId: post.conversationId } });
    return result;
  } catch (error) {
    throw repostError(error, `@${post.account.username}`);
  } finally {
    await recordUsage({ agencyId: post.agencyId, clientId: post.clientId, accountId: post.account.id }, reports);
  }
}

function repostError(error: unknown, account: string): AppError {
  if (error instanceof XRateLimitedError) {
    const seconds = Math.max(1, Math.ceil((error.resetAt.getTime() - Date.now()) / 1000));
    return new AppError("rate_limited", `${account} has used up X's limit for reposts. Try again in ${Math.ceil(seconds / 60)} min.`, { retryAfterSeconds: seconds });
  }
  if (error instanceof AccountUnavailableError || error instanceof XUnauthorizedError || error instanceof XGrantError) {
    return new AppError("conflict", `${account} needs to be reconnected before it can repost.`);
  }
  if (error instanceof XPlanError) return new AppError("conflict", "The agency's X API plan or credits do not allow reposting right now.");
  // A repost that timed out may or may not have happened; reposting again is harmless.
  return new AppError("upstream", "X did not confirm the repost. Try again: reposting twice changes nothing.");
}
