import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db";
import { conversationIdsSchema } from "./lock-conversations";
import { parseInput } from "./parse-input";
import { setConversationsStatus } from "./set-conversations-status";

export const markConversationsPendingSchema = z.object({ conversationIds: conversationIdsSchema });

/**
 * Marks conversations pending: waiting on the client or the customer, so out of "open" without being done
 * (from open, snoozed or done). All or nothing. Already-pending ones are left as they are. As for every
 * status, a new inbound item the brand has not answered brings the conversation back to open (the sync).
 */
export async function markConversationsPending(
  actor: Actor,
  input: z.input<typeof markConversationsPendingSchema>,
  options: { tx?: DbClient } = {},
): Promise<{ changed: number }> {
  const { conversationIds } = parseInput(markConversationsPendingSchema, input);
  return setConversationsStatus(actor, conversationIds, { to: "PENDING", reason: "waiting on the client or customer", now: new Date() }, options.tx);
}
