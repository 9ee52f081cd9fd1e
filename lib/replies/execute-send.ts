import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { log } from "@/lib/log/logger";
import { checkBudget } from "@/lib/usage/check-budget";
import { getAccessToken } from "@/lib/x-accounts";
import { postReply, XUnauthorizedError, type XAuth, type XCallOptions, type XCallReport } from "@/lib/x";
import { claimSend, type RefusalReason, type SendContext } from "./claim-send";
import { finishSend, type PostedReply } from "./finish-send";
import { findReconciledReply } from "./reconcile-send";
import { recordSendFailure } from "./record-send-failure";
import { recordUsage } from "./record-usage";
import { describeSendFailure, SendReplyError } from "./send-failure";

export type SendOutcome =
  | { status: "sent"; xPostId: string; reconciled: boolean; conversationStatus: string }
  | { status: "already_sent"; xPostId: string | null }
  | { status: "in_progress" };

export type SendOptions = {
  /** How long to wait for X's answer to the POST before the outcome counts as unknown. */
  timeoutMs?: number;
};

const REFUSALS: Record<RefusalReason, string> = {
  awaiting_approval: "This reply is waiting for approval.",
  needs_approval: "This client's replies need approval first: submit the reply for approval.",
  rejected: "This reply was rejected. Edit it and submit it again.",
  empty: "Write a reply first.",
  missing: "Reply not found.",
};

function refusal(reason: RefusalReason): AppError {
  return reason === "missing" ? notFound(REFUSALS.missing) : new AppError("conflict", REFUSALS[reason]);
}

/**
 * Sends one draft to X exactly once. Callers authorise first (sendReply for staff, approveDraft for
 * approvers); this runs the state machine: claim (claim-send.ts) → reconcile an earlier unknown outcome →
 * POST → record SENT, FAILED or UNKNOWN. A second caller for the same draft gets "in progress" or
 * "already sent", never a second post.
 */
export async function executeSend(draftId: string, sender: { agencyId: string; userId: string }, options: SendOptions = {}): Promise<SendOutcome> {
  const draft = await db.draft.findFirst({ where: { id: draftId, agencyId: sender.agencyId }, select: { clientId: true } });
  if (!draft) throw notFound(REFUSALS.missing);
  const budget = await checkBudget(draft.clientId);
  const claim = await claimSend(draftId, sender.agencyId, sender.userId, budget);
  switch (claim.kind) {
    case "already_sent":
      return { status: "already_sent", xPostId: claim.xPostId };
    case "in_progress":
      return { status: "in_progress" };
    case "refused":
      throw refusal(claim.reason);
    case "failed":
      throw new SendReplyError(claim.failure);
  }
  const { context } = claim;
  const reports: XCallReport[] = [];
  const xOptions: XCallOptions = { timeoutMs: options.timeoutMs, onCall: (report) => reports.push(report) };
  try {
    return await attempt(context, sender.userId, xOptions);
  } finally {
    await recordUsage({ agencyId: context.agencyId, clientId: context.clientId, accountId: context.account.id }, reports);
  }
}

async function attempt(context: SendContext, sentById: string, xOptions: XCallOptions): Promise<SendOutcome> {
  const handle = `@${context.account.username}`;
  // Until a reconciliation has looked, an earlier attempt may be on X: no failure may clear that.
  let unsettled = context.reconcileText !== null;
  const fail = async (error: unknown, afterPost: boolean): Promise<never> => {
    const failure = describeSendFailure(error, { account: handle, now: new Date(), afterPost });
    await recordSendFailure(context, failure, error instanceof Error ? error.message : String(error), { stillUnknown: unsettled });
    throw new SendReplyError(failure);
  };
  const finish = async (posted: PostedReply, reconciled: boolean): Promise<SendOutcome> => {
    const { status } = await finishSend(context, posted, sentById, reconciled);
    return { status: "sent", xPostId: posted.id, reconciled, conversationStatus: status };
  };

  let auth: XAuth;
  try {
    auth = await getAccessToken(context.account.id, { x: xOptions });
  } catch (error) {
    // Nothing reached X in this attempt; an earlier one may have (`unsettled`), and then it stays unknown.
    return fail(error, unsettled);
  }

  if (context.reconcileText !== null) {
    let found: PostedReply | null;
    try {
      found = await findReconciledReply(auth, context, context.reconcileText, xOptions);
    } catch (error) {
      return fail(error, true);
    }
    if (found) return finish(found, true);
    unsettled = false;
    // X does not hold the earlier attempt, so it is as if it had failed: post now, if the draft still may be.
    if (context.afterReconcile !== "post") {
      await recordSendFailure(context, { code: "not_sent", message: `The earlier attempt did not reach X. ${REFUSALS[context.afterReconcile]}`, definite: true }, "reconciled: not on X");
      throw refusal(context.afterReconcile);
    }
    await db.sentReply.update({
      where: { id: context.ledgerId },
      data: { text: context.text, inReplyToXId: context.inReplyToXId, attempts: { increment: 1 }, lastAttemptAt: new Date() },
    });
  }

  let posted: { id: string; text: string };
  try {
    posted = await postWithRefresh(auth, context, xOptions);
  } catch (error) {
    const failure = describeSendFailure(error, { account: handle, now: new Date(), afterPost: true });
    if (failure.definite) return fail(error, true);
    log.warn("reply outcome unknown; reconciling", { draftId: context.draftId, error: error instanceof Error ? error.message : String(error) });
    await recordSendFailure(context, failure, error instanceof Error ? error.message : String(error));
    let found: PostedReply | null = null;
    try {
      found = await findReconciledReply(auth, context, context.text, xOptions);
    } catch {
      // X cannot be read either: the ledger stays UNKNOWN and the next attempt reconciles.
    }
    if (!found) throw new SendReplyError(failure);
    return finish(found, true);
  }
  return finish({ id: posted.id, text: posted.text, createdAt: new Date() }, false);
}

/** A 401 means X refused the token before creating anything: refresh once and post again. */
async function postWithRefresh(auth: XAuth, context: SendContext, xOptions: XCallOptions): Promise<{ id: string; text: string }> {
  const input = { text: context.text, inReplyToPostId: context.inReplyToXId };
  try {
    return await postReply(auth, input, xOptions);
  } catch (error) {
    if (!(error instanceof XUnauthorizedError)) throw error;
    const fresh = await getAccessToken(context.account.id, { rejected: auth, x: xOptions });
    return postReply(fresh, input, xOptions);
  }
}
