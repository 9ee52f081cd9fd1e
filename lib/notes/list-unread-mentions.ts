import type { Actor } from "@/lib/auth/actor";
import { clientDataWhere } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

export type UnreadMention = { noteId: string; conversationId: string; by: string; excerpt: string; createdAt: Date; clientName: string };

/** The actor's unread mentions, newest first, each linking to its conversation. */
export async function listUnreadMentions(actor: Actor, limit = 10): Promise<UnreadMention[]> {
  const rows = await db.noteMention.findMany({
    where: { userId: actor.userId, readAt: null, note: { agencyId: actor.agencyId, conversation: clientDataWhere(actor) } },
    orderBy: { note: { createdAt: "desc" } },
    take: limit,
    select: {
      note: {
        select: { id: true, body: true, createdAt: true, conversationId: true, author: { select: { name: true } }, conversation: { select: { client: { select: { name: true } } } } },
      },
    },
  });
  return rows.map(({ note }) => ({
    noteId: note.id,
    conversationId: note.conversationId,
    by: note.author.name,
    excerpt: note.body.slice(0, 140),
    createdAt: note.createdAt,
    clientName: note.conversation.client.name,
  }));
}
