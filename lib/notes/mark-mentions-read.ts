import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/**
 * Opening a conversation reads the notes that mention you there: their mentions and notifications are
 * marked read. Idempotent. The caller has checked access to the conversation.
 */
export async function markMentionsRead(actor: Actor, conversationId: string): Promise<number> {
  const now = new Date();
  const [mentions] = await db.$transaction([
    db.noteMention.updateMany({ where: { userId: actor.userId, readAt: null, note: { conversationId } }, data: { readAt: now } }),
    db.notification.updateMany({
      where: { userId: actor.userId, readAt: null, kind: "note.mention", data: { path: ["conversationId"], equals: conversationId } },
      data: { readAt: now },
    }),
  ]);
  return mentions.count;
}
