import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { findConversation } from "@/lib/conversations/find-conversation";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { syncPendingStatus } from "./sync-pending-status";

export const withdrawDraftSchema = z.object({ draftId: z.uuid("Reply not found") });

/** The author takes a reply back from the approval queue to edit it. */
export async function withdrawDraft(actor: Actor, input: z.input<typeof withdrawDraftSchema>): Promise<{ version: number }> {
  const { draftId } = withdrawDraftSchema.parse(input);
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({ where: { id: draftId, agencyId: actor.agencyId, authorId: actor.userId }, select: { conversationId: true } });
    if (!draft) throw notFound("Reply not found");
    const conversation = await findConversation(actor, draft.conversationId, "conversation.act", tx);
    const moved = await tx.draft.updateMany({ where: { id: draftId, status: "AWAITING_APPROVAL" }, data: { status: "DRAFT" } });
    if (moved.count === 0) throw new AppError("conflict", "This reply is no longer waiting for approval.");
    await recordAudit(tx, actor, { action: "reply.withdrawn", targetType: "conversation", targetId: conversation.id, clientId: conversation.clientId, data: { draftId } });
    await syncPendingStatus(tx, actor, conversation.id, "reply withdrawn");
    return { version: (await tx.draft.findUniqueOrThrow({ where: { id: draftId }, select: { version: true } })).version };
  });
}
