import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbClient } from "@/lib/db";
import { inTransaction } from "./in-transaction";
import { conversationIdsSchema, lockConversations } from "./lock-conversations";
import { parseInput } from "./parse-input";

export const reopenConversationsSchema = z.object({ conversationIds: conversationIdsSchema });

/** Back to open: from done, snoozed (ending the snooze early) or pending. All or nothing, like every bulk action. */
export async function reopenConversations(
  actor: Actor,
  input: z.input<typeof reopenConversationsSchema>,
  options: { tx?: DbClient } = {},
): Promise<{ changed: number }> {
  const { conversationIds } = parseInput(reopenConversationsSchema, input);
  return inTransaction(options.tx, async (tx) => {
    const rows = (await lockConversations(tx, actor, conversationIds)).filter((row) => row.status !== "OPEN");
    if (rows.length === 0) return { changed: 0 };
    await tx.conversation.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: "OPEN", doneAt: null, snoozedUntil: null } });
    for (const row of rows) {
      await recordAudit(tx, actor, {
        action: "conversation.status_changed",
        targetType: "conversation",
        targetId: row.id,
        clientId: row.client_id,
        data: { from: row.status, to: "OPEN", reason: "reopened" },
      });
    }
    return { changed: rows.length };
  });
}
