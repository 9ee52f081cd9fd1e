import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbClient } from "@/lib/db";
import type { ConversationStatus } from "@/lib/db/generated/enums";
import { inTransaction } from "./in-transaction";
import { lockConversations } from "./lock-conversations";

/**
 * Moves conversations to `to` (done, pending or open), audited one by one. All or nothing: one conversation
 * the actor may not act on fails the lot. Those already in `to` are left as they are. Any snooze ends.
 */
export async function setConversationsStatus(
  actor: Actor,
  conversationIds: string[],
  change: { to: Exclude<ConversationStatus, "SNOOZED">; reason: string; now: Date },
  tx?: DbClient,
): Promise<{ changed: number }> {
  return inTransaction(tx, async (tx) => {
    const rows = (await lockConversations(tx, actor, conversationIds)).filter((row) => row.status !== change.to);
    if (rows.length === 0) return { changed: 0 };
    await tx.conversation.updateMany({
      where: { id: { in: rows.map((r) => r.id) } },
      data: { status: change.to, doneAt: change.to === "DONE" ? change.now : null, snoozedUntil: null },
    });
    for (const row of rows) {
      await recordAudit(tx, actor, {
        action: "conversation.status_changed",
        targetType: "conversation",
        targetId: row.id,
        clientId: row.client_id,
        data: { from: row.status, to: change.to, reason: change.reason },
      });
    }
    return { changed: rows.length };
  });
}
