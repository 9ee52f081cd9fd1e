import { db } from "@/lib/db";

export type Collision = { sentAt: Date; text: string; by: string | null };

/**
 * The brand's latest reply in this conversation if it went out after `since` (through Rapport by a
 * teammate, or straight on X and picked up by the sync): the author should see it before sending theirs.
 */
export async function findCollision(conversationId: string, since: Date): Promise<Collision | null> {
  const post = await db.post.findFirst({
    where: { conversationId, inbound: false, postedAt: { gt: since } },
    orderBy: { postedAt: "desc" },
    select: { text: true, postedAt: true, sentReplyId: true },
  });
  if (!post) return null;
  let by: string | null = null;
  if (post.sentReplyId) {
    const sent = await db.sentReply.findUnique({ where: { id: post.sentReplyId }, select: { sentById: true } });
    if (sent) by = (await db.user.findUnique({ where: { id: sent.sentById }, select: { name: true } }))?.name ?? null;
  }
  return { sentAt: post.postedAt, text: post.text, by };
}
