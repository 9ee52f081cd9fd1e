import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbClient } from "@/lib/db";
import { inTransaction } from "./in-transaction";
import { conversationIdsSchema, lockConversations } from "./lock-conversations";
import { parseInput } from "./parse-input";

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
  const now = options.now ?? new Date();
  return inTransaction(options.tx, async (tx) => {
    const rows = (await lockConversations(tx, actor, conversationIds)).filter((row) => row.status !== "DONE");
    if (rows.length === 0) return { changed: 0 };
    await tx.conversation.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: "DONE", doneAt: now, snoozedUntil: null } });
    for (const row of rows) {
      await recordAudit(tx, actor, {
        action: "conversation.status_changed",
        targetType: "conversation",
        targetId: row.id,
        clientId: row.client_id,
        data: { from: row.status, to: "DONE", reason: "marked done" },
      });
    }
    return { changed: rows.length };
  });
}
