import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db";
import { conversationIdsSchema } from "./lock-conversations";
import { parseInput } from "./parse-input";
import { setConversationsStatus } from "./set-conversations-status";

export const markConversationsDoneSchema = z.object({ conversationIds: conversationIdsSchema });

/**
 * Marks conversations done (also from pending or snoozed). All or nothing: one conversation the actor may not
 * act on fails the lot. Already-done ones are left as they are. A new inbound item reopens a done
 * conversation: the sync does that, as it does for any status.
 */
export async function markConversationsDone(
  actor: Actor,
  input: z.input<typeof markConversationsDoneSchema>,
  options: { tx?: DbClient; now?: Date } = {},
): Promise<{ changed: number }> {
  const { conversationIds } = parseInput(markConversationsDoneSchema, input);
  return setConversationsStatus(actor, conversationIds, { to: "DONE", reason: "marked done", now: options.now ?? new Date() }, options.tx);
}
