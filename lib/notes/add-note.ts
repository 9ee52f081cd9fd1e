import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { findConversation } from "@/lib/conversations/find-conversation";
import { db } from "@/lib/db";
import { extractMentions } from "./extract-mentions";
import { listMentionable } from "./list-mentionable";

export const addNoteSchema = z.object({
  conversationId: z.string(),
  body: z.string().trim().min(1, "Write a note first").max(5000, "Keep notes under 5,000 characters"),
});

/**
 * An internal note on a conversation (never shown to the client or on X). Teammates mentioned as
 * "@Full Name" get a note_mentions row and a notification; mentioning yourself notifies nobody.
 */
export async function addNote(actor: Actor, input: z.input<typeof addNoteSchema>): Promise<{ noteId: string; mentioned: string[] }> {
  const data = addNoteSchema.parse(input);
  return db.$transaction(async (tx) => {
    const conversation = await findConversation(actor, data.conversationId, "conversation.act", tx);
    const people = await listMentionable(conversation.agencyId, conversation.clientId, tx);
    const mentioned = extractMentions(data.body, people).filter((id) => id !== actor.userId);
    const note = await tx.note.create({
      data: { agencyId: conversation.agencyId, conversationId: conversation.id, authorId: actor.userId, body: data.body },
      select: { id: true },
    });
    if (mentioned.length) {
      await tx.noteMention.createMany({ data: mentioned.map((userId) => ({ noteId: note.id, userId })) });
      await tx.notification.createMany({
        data: mentioned.map((userId) => ({
          agencyId: conversation.agencyId,
          userId,
          kind: "note.mention",
          data: { noteId: note.id, conversationId: conversation.id, by: actor.name, excerpt: data.body.slice(0, 140) },
        })),
      });
    }
    return { noteId: note.id, mentioned };
  });
}
