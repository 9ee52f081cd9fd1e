import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { executeSend, type SendOptions, type SendOutcome } from "./execute-send";
import { loadDecidableDraft } from "./load-decidable-draft";
import { notifyAuthor } from "./notify-author";
import { syncPendingStatus } from "./sync-pending-status";

export const approveDraftSchema = z.object({
  draftId: z.string(),
  comment: z.string().trim().max(1000).default(""),
});

/** The approval stands even if X then refuses the reply: the send's failure is reported, not thrown. */
export type ApproveOutcome = { sent: SendOutcome | null; sendError: string | null };

/**
 * Approves a reply awaiting approval and sends it straight away (exactly once). The author is notified
 * and sees the outcome live; if X refuses, the draft shows why and keeps its text.
 */
export async function approveDraft(actor: Actor, input: z.input<typeof approveDraftSchema>, options: SendOptions = {}): Promise<ApproveOutcome> {
  const data = approveDraftSchema.parse(input);
  const draft = await db.$transaction(async (tx) => {
    const found = await loadDecidableDraft(tx, actor, data.draftId);
    await tx.approval.create({ data: { draftId: found.id, decidedById: actor.userId, decision: "APPROVED", comment: data.comment } });
    await tx.draft.update({ where: { id: found.id }, data: { status: "APPROVED" } });
    await recordAudit(tx, actor, {
      action: "reply.approved",
      targetType: "conversation",
      targetId: found.conversationId,
      clientId: found.clientId,
      data: { draftId: found.id, comment: data.comment, byRole: actor.role },
    });
    await notifyAuthor(tx, {
      agencyId: found.agencyId,
      authorId: found.authorId,
      actorId: actor.userId,
      kind: "reply.approved",
      data: { draftId: found.id, conversationId: found.conversationId, by: actor.name, comment: data.comment },
    });
    await syncPendingStatus(tx, actor, found.conversationId, "reply approved");
    return found;
  });
  try {
    return { sent: await executeSend(draft.id, actor, options), sendError: null };
  } catch (error) {
    if (isAppError(error)) return { sent: null, sendError: error.message };
    throw error;
  }
}
