import type { DbClient } from "@/lib/db";
import { OPEN_DRAFT_STATUSES } from "./send-machine";

/** Keeps conversations.has_draft (an inbox column) true exactly while a non-empty draft is on its way out. */
export async function refreshHasDraft(tx: DbClient, conversationId: string): Promise<void> {
  const open = await tx.draft.count({ where: { conversationId, status: { in: [...OPEN_DRAFT_STATUSES] }, NOT: { text: "" } } });
  await tx.conversation.update({ where: { id: conversationId }, data: { hasDraft: open > 0 } });
}
