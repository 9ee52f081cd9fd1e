import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db";
import { conversationIdsSchema } from "./lock-conversations";
import { parseInput } from "./parse-input";
import { setConversationsStatus } from "./set-conversations-status";

export const reopenConversationsSchema = z.object({ conversationIds: conversationIdsSchema });

/** Back to open: from done, snoozed (ending the snooze early) or pending. All or nothing, like every bulk action. */
export async function reopenConversations(
  actor: Actor,
  input: z.input<typeof reopenConversationsSchema>,
  options: { tx?: DbClient } = {},
): Promise<{ changed: number }> {
  const { conversationIds } = parseInput(reopenConversationsSchema, input);
  return setConversationsStatus(actor, conversationIds, { to: "OPEN", reason: "reopened", now: new Date() }, options.tx);
}
