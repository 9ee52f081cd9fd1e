import type { Actor } from "@/lib/auth/actor";
import { authorize, clientDataWhere } from "@/lib/auth/authorize";
import type { Action } from "@/lib/auth/permissions";
import { db, type DbClient } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

const conversationScope = {
  id: true,
  agencyId: true,
  clientId: true,
  accountId: true,
  xConversationId: true,
  authorId: true,
  status: true,
} as const;

export type ScopedConversation = {
  id: string;
  agencyId: string;
  clientId: string;
  accountId: string;
  xConversationId: string;
  authorId: string | null;
  status: "OPEN" | "PENDING" | "SNOOZED" | "DONE";
};

/**
 * A conversation the actor may do `action` on; anything else (another tenant, an unassigned client,
 * a malformed id, a role without the action) is "not found", exactly as if it did not exist.
 */
export async function findConversation(actor: Actor, conversationId: string, action: Action, tx: DbClient = db): Promise<ScopedConversation> {
  authorize(actor, action);
  if (!isUuid(conversationId)) throw notFound("Conversation not found");
  const conversation = await tx.conversation.findFirst({ where: { ...clientDataWhere(actor), id: conversationId }, select: conversationScope });
  if (!conversation) throw notFound("Conversation not found");
  authorize(actor, action, { clientId: conversation.clientId });
  return conversation;
}
