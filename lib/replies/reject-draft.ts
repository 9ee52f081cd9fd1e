import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { loadDecidableDraft } from "./load-decidable-draft";
import { notifyAuthor } from "./notify-author";
import { syncPendingStatus } from "./sync-pending-status";

export const rejectDraftSchema = z.object({
  draftId: z.string(),
  comment: z.string().trim().min(1, "Say what should change, so the author can fix it").max(1000),
});

/** Rejects a reply awaiting approval, with a comment for its author. The draft keeps its text for a rework. */
export async function rejectDraft(actor: Actor, input: z.input<typeof rejectDraftSchema>): Promise<void> {
  const data = rejectDraftSchema.parse(input);
  await db.$transaction(async (tx) => {
    const draft = await loadDecidableDraft(tx, actor, data.draftId);
    await tx.approval.create({ data: { draftId: draft.id, decidedById: actor.userId, decision: "REJECTED", comment: data.comment } });
    await tx.draft.update({ where: { id: draft.id }, data: { status: "REJECTED" } });
    await recordAudit(tx, actor, {
      action: "reply.rejected",
      targetType: "conversation",
      targetId: draft.conversationId,
      clientId: draft.clientId,
      data: { draftId: draft.id, comment: data.comment, byRole: actor.role },
    });
    await notifyAuthor(tx, {
      agencyId: draft.agencyId,
      authorId: draft.authorId,
      actorId: actor.userId,
      kind: "reply.rejected",
      data: { draftId: draft.id, conversationId: draft.conversationId, by: actor.name, comment: data.comment },
    });
    await syncPendingStatus(tx, actor, draft.conversationId, "reply rejected");
  });
}
