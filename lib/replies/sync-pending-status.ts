import { recordAudit } from "@/lib/audit/record-audit";
import type { ConversationStatus, DbClient } from "@/lib/db";

/**
 * A conversation waits ("pending") while one of its replies waits for approval, and goes back to open
 * when none does any more. Status changes land in the audit log with the reason.
 */
export async function syncPendingStatus(tx: DbClient, who: { agencyId: string; userId: string }, conversationId: string, reason: string): Promise<void> {
  const [row] = await tx.$queryRaw<Array<{ status: ConversationStatus; client_id: string }>>`
    SELECT status::text AS status, client_id FROM conversations WHERE id = ${conversationId}::uuid FOR UPDATE`;
  if (!row) return;
  const waiting = await tx.draft.count({ where: { conversationId, status: "AWAITING_APPROVAL" } });
  const next: ConversationStatus | null = waiting > 0 && (row.status === "OPEN" || row.status === "SNOOZED") ? "PENDING" : waiting === 0 && row.status === "PENDING" ? "OPEN" : null;
  if (!next) return;
  await tx.conversation.update({ where: { id: conversationId }, data: { status: next, snoozedUntil: null } });
  await recordAudit(tx, who, { action: "conversation.status_changed", targetType: "conversation", targetId: conversationId, clientId: row.client_id, data: { from: row.status, to: next, reason } });
}
