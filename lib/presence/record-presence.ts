import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { findConversation } from "@/lib/conversations/find-conversation";
import { db } from "@/lib/db";

export const recordPresenceSchema = z.object({
  conversationId: z.string(),
  drafting: z.boolean().default(false),
  /** The page is closing: forget the viewer now rather than after the TTL. */
  leaving: z.boolean().default(false),
});

/** A heartbeat from a conversation page: who is looking, and whether they are writing a reply. */
export async function recordPresence(actor: Actor, input: z.input<typeof recordPresenceSchema>): Promise<void> {
  const data = recordPresenceSchema.parse(input);
  const conversation = await findConversation(actor, data.conversationId, "inbox.view");
  if (data.leaving) {
    await db.presence.deleteMany({ where: { conversationId: conversation.id, userId: actor.userId } });
    return;
  }
  const now = new Date();
  await db.presence.upsert({
    where: { conversationId_userId: { conversationId: conversation.id, userId: actor.userId } },
    create: { conversationId: conversation.id, userId: actor.userId, drafting: data.drafting, seenAt: now },
    update: { drafting: data.drafting, seenAt: now },
  });
}
