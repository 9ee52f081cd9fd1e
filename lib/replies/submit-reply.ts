import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { findConversation } from "@/lib/conversations/find-conversation";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { executeSend, type SendOptions, type SendOutcome } from "./execute-send";
import { findCollision, type Collision } from "./find-collision";
import { syncPendingStatus } from "./sync-pending-status";
import { EDITABLE_STATUSES, isApproved, needsApproval } from "./send-machine";
import { measureReply } from "./weighted-length";

export const submitReplySchema = z.object({
  draftId: z.uuid("Reply not found"),
  /** The draft version the composer holds after its last save: what the author saw is what goes out. */
  version: z.coerce.number().int().min(0),
  /** When the composer opened: replies sent after it are a collision worth a warning. */
  openedAt: z.coerce.date(),
  confirmCollision: z.coerce.boolean().default(false),
});

export type SubmitOutcome = { status: "collision"; collision: Collision } | { status: "awaiting_approval" } | SendOutcome;

/**
 * The composer's Send. Warns first when another reply went out since the composer opened; then, where the
 * client's rule asks for approval (every reply, or flagged ones), parks the draft for an approver;
 * otherwise sends it (exactly once, see execute-send.ts).
 */
export async function submitReply(actor: Actor, input: z.input<typeof submitReplySchema>, options: SendOptions = {}): Promise<SubmitOutcome> {
  const data = submitReplySchema.parse(input);
  const draft = await db.draft.findFirst({
    where: { id: data.draftId, agencyId: actor.agencyId, authorId: actor.userId },
    select: {
      id: true,
      conversationId: true,
      text: true,
      flagged: true,
      status: true,
      version: true,
      sentReply: { select: { state: true, lastAttemptAt: true, text: true } },
      approvals: { orderBy: { createdAt: "desc" }, take: 1, select: { decision: true } },
    },
  });
  if (!draft) throw notFound("Reply not found");
  const conversation = await findConversation(actor, draft.conversationId, "conversation.act");
  if (draft.version !== data.version) throw new AppError("conflict", "This draft was changed in another window. Reload to see the latest version.");
  if (!measureReply(draft.text).valid) throw new AppError("validation", "This reply is empty or longer than X allows (280 weighted characters).");

  if (!data.confirmCollision) {
    const collision = await findCollision(conversation.id, data.openedAt);
    if (collision) return { status: "collision", collision };
  }

  const client = await db.client.findUniqueOrThrow({ where: { id: conversation.clientId }, select: { approvalRule: true } });
  const approved = isApproved({ draftStatus: draft.status, draftText: draft.text, ledger: draft.sentReply, latestDecision: draft.approvals[0]?.decision ?? null });
  if (needsApproval(client.approvalRule, draft.flagged) && !approved && draft.sentReply?.state !== "UNKNOWN") {
    await requestApproval(actor, draft.id, conversation.id, conversation.clientId);
    return { status: "awaiting_approval" };
  }
  return executeSend(draft.id, actor, options);
}

async function requestApproval(actor: Actor, draftId: string, conversationId: string, clientId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const moved = await tx.draft.updateMany({
      where: { id: draftId, status: { in: [...EDITABLE_STATUSES] } },
      data: { status: "AWAITING_APPROVAL", failureCode: null, failureMessage: null },
    });
    if (moved.count === 0) throw new AppError("conflict", "This reply is already on its way: it is waiting for approval or being sent.");
    await recordAudit(tx, actor, { action: "reply.submitted_for_approval", targetType: "conversation", targetId: conversationId, clientId, data: { draftId } });
    await syncPendingStatus(tx, actor, conversationId, "reply awaiting approval");
  });
}
