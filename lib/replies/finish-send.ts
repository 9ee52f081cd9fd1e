import { recordAudit } from "@/lib/audit/record-audit";
import { db, type ConversationStatus, type DbClient } from "@/lib/db";
import { businessHoursSchema } from "@/lib/sla/business-hours";
import { addBusinessMillis } from "@/lib/sla/business-time";
import type { SendContext } from "./claim-send";
import { refreshHasDraft } from "./refresh-has-draft";

export type PostedReply = { id: string; text: string; createdAt: Date };

const HAS_URL = /https?:\/\/\S/i;

/**
 * Records a reply X accepted, in one transaction: the ledger row SENT with X's post id, the draft SENT,
 * the brand's own post in `posts` (the sync may have stored it already: upsert by account and X id),
 * and the conversation's response state. The conversation is done unless the person wrote again after
 * the post we answered, in which case it still awaits an answer from that newer post on.
 */
export async function finishSend(context: SendContext, posted: PostedReply, sentById: string, reconciled: boolean): Promise<{ status: ConversationStatus }> {
  return db.$transaction(async (tx) => {
    const now = new Date();
    await tx.sentReply.update({ where: { id: context.ledgerId }, data: { state: "SENT", xPostId: posted.id, sentAt: now, lastError: null } });
    await tx.draft.update({ where: { id: context.draftId }, data: { status: "SENT", failureCode: null, failureMessage: null } });
    await storeOwnPost(tx, context, posted);
    const status = await markAnswered(tx, context, posted.createdAt, now, sentById);
    await refreshHasDraft(tx, context.conversationId);
    await recordAudit(tx, { agencyId: context.agencyId, userId: sentById }, {
      action: "reply.sent",
      targetType: "conversation",
      targetId: context.conversationId,
      clientId: context.clientId,
      data: { draftId: context.draftId, xPostId: posted.id, inReplyToXId: context.inReplyToXId, account: context.account.username, reconciled, text: posted.text },
    });
    return { status };
  });
}

async function storeOwnPost(tx: DbClient, context: SendContext, posted: PostedReply): Promise<void> {
  const { account } = context;
  await tx.xUser.upsert({
    where: { id: account.xUserId },
    create: { id: account.xUserId, username: account.username, name: account.name, profileImageUrl: account.profileImageUrl },
    update: {},
  });
  const parent = await tx.post.findUnique({ where: { accountId_xId: { accountId: account.id, xId: context.inReplyToXId } }, select: { authorId: true, xConversationId: true } });
  const conversation = await tx.conversation.findUniqueOrThrow({ where: { id: context.conversationId }, select: { xConversationId: true } });
  await tx.post.upsert({
    where: { accountId_xId: { accountId: account.id, xId: posted.id } },
    create: {
      agencyId: context.agencyId,
      clientId: context.clientId,
      accountId: account.id,
      xId: posted.id,
      conversationId: context.conversationId,
      xConversationId: parent?.xConversationId ?? conversation.xConversationId,
      authorId: account.xUserId,
      kind: "OWN_REPLY",
      inbound: false,
      text: posted.text,
      hasLink: HAS_URL.test(posted.text),
      inReplyToXId: context.inReplyToXId,
      inReplyToUserId: parent?.authorId ?? null,
      postedAt: posted.createdAt,
      sentReplyId: context.ledgerId,
    },
    update: { sentReplyId: context.ledgerId, conversationId: context.conversationId },
  });
}

async function markAnswered(tx: DbClient, context: SendContext, answeredAt: Date, now: Date, actorId: string): Promise<ConversationStatus> {
  const [conversation] = await tx.$queryRaw<Array<{ status: ConversationStatus }>>`
    SELECT status::text AS status FROM conversations WHERE id = ${context.conversationId}::uuid FOR UPDATE`;
  const parent = await tx.post.findUnique({ where: { accountId_xId: { accountId: context.account.id, xId: context.inReplyToXId } }, select: { postedAt: true } });
  const newer = parent
    ? await tx.post.findFirst({
        where: { conversationId: context.conversationId, inbound: true, postedAt: { gt: parent.postedAt } },
        orderBy: { postedAt: "asc" },
        select: { postedAt: true },
      })
    : null;
  const client = await tx.client.findUniqueOrThrow({ where: { id: context.clientId }, select: { slaMinutes: true, businessHours: true, timezone: true } });
  const hours = businessHoursSchema.safeParse(client.businessHours);
  const previous: ConversationStatus = conversation?.status ?? "OPEN";
  const status: ConversationStatus = newer ? (previous === "DONE" || previous === "PENDING" ? "OPEN" : previous) : "DONE";

  await tx.conversation.update({
    where: { id: context.conversationId },
    data: {
      status,
      ownReplyCount: { increment: 1 },
      lastResponseAt: answeredAt,
      awaitingSince: newer?.postedAt ?? null,
      slaDueAt: newer && hours.success ? addBusinessMillis(newer.postedAt, client.slaMinutes * 60_000, hours.data, client.timezone) : null,
      doneAt: status === "DONE" ? now : null,
      snoozedUntil: status === "DONE" ? null : undefined,
    },
  });
  // first_response_at is set once: the first answer ever, never moved by later ones.
  await tx.conversation.updateMany({ where: { id: context.conversationId, firstResponseAt: null }, data: { firstResponseAt: answeredAt } });
  if (status !== previous) {
    await recordAudit(tx, { agencyId: context.agencyId, userId: actorId }, {
      action: "conversation.status_changed",
      targetType: "conversation",
      targetId: context.conversationId,
      clientId: context.clientId,
      data: { from: previous, to: status, reason: "reply sent" },
    });
  }
  return status;
}
