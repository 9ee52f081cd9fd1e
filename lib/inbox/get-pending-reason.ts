import type { Actor } from "@/lib/auth/actor";
import { authorize, clientDataWhere } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

export type PendingReason = "approval" | "waiting";

/**
 * Why a pending conversation waits: a reply awaiting approval (lib/replies keeps that status in step with its
 * drafts), or else staff marked it as waiting on the client or customer (mark-conversations-pending.ts).
 */
export async function getPendingReason(actor: Actor, conversationId: string): Promise<PendingReason> {
  authorize(actor, "inbox.view");
  const awaiting = await db.draft.count({ where: { ...clientDataWhere(actor), conversationId, status: "AWAITING_APPROVAL" } });
  return awaiting > 0 ? "approval" : "waiting";
}
