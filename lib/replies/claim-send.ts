import { db } from "@/lib/db";
import type { BudgetState } from "@/lib/usage/check-budget";
import { budgetFailure, type SendFailure } from "./send-failure";
import { decideClaim, needsApproval } from "./send-machine";

export type SendAccount = { id: string; xUserId: string; username: string; name: string; profileImageUrl: string | null };

export type SendContext = {
  draftId: string;
  agencyId: string;
  clientId: string;
  conversationId: string;
  authorId: string;
  text: string;
  inReplyToXId: string;
  account: SendAccount;
  ledgerId: string;
  /** An earlier attempt may have posted this text: read X for it before posting anything. */
  reconcileText: string | null;
  /** When reconciling: may the current text be posted if X does not hold the earlier one? */
  afterReconcile: "post" | RefusalReason;
};

export type RefusalReason = "awaiting_approval" | "needs_approval" | "rejected" | "empty" | "missing";

export type ClaimResult =
  | { kind: "go"; context: SendContext }
  | { kind: "already_sent"; xPostId: string | null }
  | { kind: "in_progress" }
  | { kind: "refused"; reason: RefusalReason }
  | { kind: "failed"; failure: SendFailure; account: string };

type DraftRow = {
  id: string;
  agency_id: string;
  client_id: string;
  conversation_id: string;
  author_id: string;
  text: string;
  in_reply_to_x_id: string;
  flagged: boolean;
  status: "DRAFT" | "AWAITING_APPROVAL" | "APPROVED" | "REJECTED" | "SENDING" | "SENT" | "FAILED";
  approval_rule: "NONE" | "EVERY_REPLY" | "FLAGGED";
};

/**
 * Claims the right to call X for one draft. Under the draft's row lock (SELECT … FOR UPDATE) it reads the
 * ledger row and decides; a first attempt inserts the ledger row with INSERT … ON CONFLICT DO NOTHING on
 * the unique draft_id, so however many requests race (double click, two staff, a retry), exactly one
 * leaves this transaction holding a SENDING claim and the others see it.
 */
export async function claimSend(draftId: string, agencyId: string, sentById: string, budget: BudgetState | null, now = new Date()): Promise<ClaimResult> {
  return db.$transaction(async (tx) => {
    const [draft] = await tx.$queryRaw<DraftRow[]>`
      SELECT d.id, d.agency_id, d.client_id, d.conversation_id, d.author_id, d.text, d.in_reply_to_x_id, d.flagged,
             d.status::text AS status, c.approval_rule::text AS approval_rule
      FROM drafts d JOIN clients c ON c.id = d.client_id
      WHERE d.id = ${draftId}::uuid AND d.agency_id = ${agencyId}::uuid
      FOR UPDATE OF d`;
    if (!draft) return { kind: "refused", reason: "missing" } as const;
    // One query at a time: a transaction is one connection.
    const ledger = await tx.sentReply.findUnique({ where: { draftId }, select: { id: true, state: true, lastAttemptAt: true, text: true, xPostId: true } });
    const latest = await tx.approval.findFirst({ where: { draftId }, orderBy: { createdAt: "desc" }, select: { decision: true } });
    const conversation = await tx.conversation.findUniqueOrThrow({
      where: { id: draft.conversation_id },
      select: { account: { select: { id: true, xUserId: true, username: true, name: true, profileImageUrl: true, status: true } } },
    });
    const claimInput = {
      draftStatus: draft.status,
      draftText: draft.text,
      ledger,
      approvalRequired: needsApproval(draft.approval_rule, draft.flagged),
      latestDecision: latest?.decision ?? null,
      now,
    };
    const decision = decideClaim(claimInput);
    // If the earlier attempt turns out not to be on X, the ledger is as good as FAILED: would a retry be allowed?
    const retry = ledger ? decideClaim({ ...claimInput, ledger: { ...ledger, state: "FAILED" } }) : decision;
    const { status: accountStatus, ...account } = conversation.account;
    const handle = `@${account.username}`;

    switch (decision.kind) {
      case "already_sent":
        return { kind: "already_sent", xPostId: ledger?.xPostId ?? null } as const;
      case "in_progress":
        return { kind: "in_progress" } as const;
      case "refuse":
        return { kind: "refused", reason: decision.reason } as const;
      case "reconcile":
        break;
      case "claim":
      case "retry": {
        // Checked before the claim: a refusal here costs nothing and leaves X untouched.
        const failure =
          accountStatus !== "ACTIVE"
            ? ({ code: "account_unavailable", definite: true, message: `${handle} needs to be reconnected before it can reply. An account manager can reconnect it on the client's page. Your draft is kept.` } as const)
            : budget?.overBudget && budget.budgetMicros !== null
              ? budgetFailure(budget.spentMicros, budget.budgetMicros)
              : null;
        if (failure) {
          await tx.draft.update({ where: { id: draftId }, data: { status: "FAILED", failureCode: failure.code, failureMessage: failure.message } });
          return { kind: "failed", failure, account: handle } as const;
        }
      }
    }

    let ledgerId: string;
    if (decision.kind === "claim") {
      const inserted = await tx.sentReply.createMany({
        data: [
          {
            agencyId: draft.agency_id,
            accountId: account.id,
            draftId,
            idempotencyKey: `reply:${draftId}`,
            state: "SENDING",
            text: draft.text,
            inReplyToXId: draft.in_reply_to_x_id,
            sentById,
            attempts: 1,
            lastAttemptAt: now,
          },
        ],
        skipDuplicates: true,
      });
      if (inserted.count === 0) return { kind: "in_progress" } as const;
      ledgerId = (await tx.sentReply.findUniqueOrThrow({ where: { draftId }, select: { id: true } })).id;
    } else {
      // retry or reconcile: the row exists. Reconciling also takes the SENDING claim, so two people
      // retrying an unknown outcome do not both read X and both post.
      const row = ledger;
      if (!row) throw new Error(`draft ${draftId}: ${decision.kind} without a ledger row`);
      ledgerId = row.id;
      await tx.sentReply.update({
        where: { id: row.id },
        data: {
          state: "SENDING",
          lastAttemptAt: now,
          sentById,
          lastError: null,
          ...(decision.kind === "retry" ? { text: draft.text, inReplyToXId: draft.in_reply_to_x_id, attempts: { increment: 1 } } : {}),
        },
      });
    }
    await tx.draft.update({ where: { id: draftId }, data: { status: "SENDING", failureCode: null, failureMessage: null } });

    return {
      kind: "go",
      context: {
        draftId,
        agencyId: draft.agency_id,
        clientId: draft.client_id,
        conversationId: draft.conversation_id,
        authorId: draft.author_id,
        text: draft.text,
        inReplyToXId: draft.in_reply_to_x_id,
        account,
        ledgerId,
        reconcileText: decision.kind === "reconcile" ? (ledger?.text ?? null) : null,
        afterReconcile: retry.kind === "refuse" ? retry.reason : "post",
      },
    } as const;
  });
}
