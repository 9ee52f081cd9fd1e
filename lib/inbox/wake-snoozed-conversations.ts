import { db, type DbClient } from "@/lib/db";

/**
 * Housekeeping for the worker: turns snoozes whose time has passed back into "open" (in every agency, or one).
 * The inbox already treats them as open without this, so nothing waits on a schedule; running it keeps the
 * snoozed branch of the list small. Reads per agency through (agency_id, status, …) rather than scanning
 * every conversation.
 */
export async function wakeSnoozedConversations(options: { now?: Date; agencyId?: string; tx?: DbClient } = {}): Promise<{ woken: number }> {
  const { now = new Date(), agencyId, tx = db } = options;
  const woken = await tx.$executeRawUnsafe(
    `UPDATE conversations SET status = 'OPEN', snoozed_until = NULL, updated_at = now()
     WHERE id IN (SELECT s.id FROM agencies a CROSS JOIN LATERAL (
       SELECT c.id FROM conversations c WHERE c.agency_id = a.id AND c.status = 'SNOOZED' AND c.snoozed_until <= $1::timestamptz) s
       WHERE $2::uuid IS NULL OR a.id = $2::uuid)`,
    now.toISOString(),
    agencyId ?? null,
  );
  return { woken };
}
