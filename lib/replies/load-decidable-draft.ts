import type { Actor } from "@/lib/auth/actor";
import { authorize, clientDataWhere } from "@/lib/auth/authorize";
import type { DbClient } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/**
 * A draft awaiting this actor's decision, locked for the decision. Approvers are account managers and
 * admins, and a client's own viewers for that client only; anyone else, or another client's viewer,
 * gets "not found". Nobody approves their own reply: approval means a second pair of eyes.
 */
export async function loadDecidableDraft(tx: DbClient, actor: Actor, draftId: string) {
  authorize(actor, "approval.decide");
  if (!isUuid(draftId)) throw notFound("Reply not found");
  const draft = await tx.draft.findFirst({
    where: { ...clientDataWhere(actor), id: draftId },
    select: { id: true, agencyId: true, clientId: true, conversationId: true, authorId: true, text: true, status: true },
  });
  if (!draft) throw notFound("Reply not found");
  authorize(actor, "approval.decide", { clientId: draft.clientId });
  await tx.$queryRaw`SELECT id FROM drafts WHERE id = ${draft.id}::uuid FOR UPDATE`;
  const current = await tx.draft.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } });
  if (current.status !== "AWAITING_APPROVAL") throw new AppError("conflict", "This reply has already been decided or withdrawn.");
  if (draft.authorId === actor.userId) throw new AppError("forbidden", "You cannot approve or reject your own reply: ask another approver.");
  return draft;
}
