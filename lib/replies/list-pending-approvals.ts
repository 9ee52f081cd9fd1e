import type { Actor } from "@/lib/auth/actor";
import { can, clientDataWhere } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

export type PendingApproval = {
  draftId: string;
  conversationId: string;
  text: string;
  flagged: boolean;
  submittedAt: Date;
  authorName: string;
  client: { id: string; name: string };
  account: string;
  inReplyTo: { text: string; username: string; name: string } | null;
};

/**
 * Replies waiting for this actor's decision, oldest first: for account managers and admins every client's,
 * for a client viewer their own client's; never the actor's own replies. Empty for anyone who cannot approve.
 */
export async function listPendingApprovals(actor: Actor, filter: { conversationId?: string } = {}): Promise<PendingApproval[]> {
  if (!can(actor, "approval.decide")) return [];
  const drafts = await db.draft.findMany({
    where: { ...clientDataWhere(actor), status: "AWAITING_APPROVAL", authorId: { not: actor.userId }, ...(filter.conversationId ? { conversationId: filter.conversationId } : {}) },
    orderBy: { updatedAt: "asc" },
    take: 100,
    select: {
      id: true,
      conversationId: true,
      text: true,
      flagged: true,
      updatedAt: true,
      inReplyToXId: true,
      author: { select: { name: true } },
      conversation: { select: { accountId: true, client: { select: { id: true, name: true } }, account: { select: { username: true } } } },
    },
  });
  const parents = drafts.length
    ? await db.post.findMany({
        where: { OR: drafts.map((d) => ({ accountId: d.conversation.accountId, xId: d.inReplyToXId })) },
        select: { accountId: true, xId: true, text: true, author: { select: { username: true, name: true } } },
      })
    : [];
  const parentOf = new Map(parents.map((p) => [`${p.accountId}:${p.xId}`, p]));
  return drafts.map((d) => {
    const parent = parentOf.get(`${d.conversation.accountId}:${d.inReplyToXId}`);
    return {
      draftId: d.id,
      conversationId: d.conversationId,
      text: d.text,
      flagged: d.flagged,
      submittedAt: d.updatedAt,
      authorName: d.author.name,
      client: d.conversation.client,
      account: d.conversation.account.username,
      inReplyTo: parent ? { text: parent.text, username: parent.author.username, name: parent.author.name } : null,
    };
  });
}
