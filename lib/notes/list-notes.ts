import type { Actor } from "@/lib/auth/actor";
import { findConversation } from "@/lib/conversations/find-conversation";
import { db } from "@/lib/db";

export type NoteView = { id: string; body: string; createdAt: Date; author: { id: string; name: string }; mentions: Array<{ id: string; name: string }> };

/** A conversation's internal notes, oldest first. */
export async function listNotes(actor: Actor, conversationId: string): Promise<NoteView[]> {
  const conversation = await findConversation(actor, conversationId, "inbox.view");
  const notes = await db.note.findMany({
    where: { conversationId: conversation.id, agencyId: actor.agencyId },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } }, mentions: { select: { user: { select: { id: true, name: true } } } } },
  });
  return notes.map((n) => ({ ...n, mentions: n.mentions.map((m) => m.user) }));
}
