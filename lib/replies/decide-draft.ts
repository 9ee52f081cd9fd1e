import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbClient } from "@/lib/db";
import { loadDecidableDraft } from "./load-decidable-draft";
import { notifyAuthor } from "./notify-author";
import { syncPendingStatus } from "./sync-pending-status";

type Decision = "APPROVED" | "REJECTED";

const WORDS = {
  APPROVED: { action: "reply.approved", reason: "reply approved" },
  REJECTED: { action: "reply.rejected", reason: "reply rejected" },
} as const;

/**
 * Records an approver's decision on a draft awaiting it, inside `tx`: the approval row, the draft's new
 * status, the audit entry, the author's notice, and the conversation's pending status. Returns the draft.
 */
export async function decideDraft(tx: DbClient, actor: Actor, input: { draftId: string; decision: Decision; comment: string }) {
  const draft = await loadDecidableDraft(tx, actor, input.draftId);
  const { action, reason } = WORDS[input.decision];
  await tx.approval.create({ data: { draftId: draft.id, decidedById: actor.userId, decision: input.decision, comment: input.comment } });
  await tx.draft.update({ where: { id: draft.id }, data: { status: input.decision } });
  await recordAudit(tx, actor, {
    action,
    targetType: "conversation",
    targetId: draft.conversationId,
    clientId: draft.clientId,
    data: { draftId: draft.id, comment: input.comment, byRole: actor.role },
  });
  await notifyAuthor(tx, {
    agencyId: draft.agencyId,
    authorId: draft.authorId,
    actorId: actor.userId,
    kind: action,
    data: { draftId: draft.id, conversationId: draft.conversationId, by: actor.name, comment: input.comment },
  });
  await syncPendingStatus(tx, actor, draft.conversationId, reason);
  return draft;
}
