import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, clientDataWhere } from "@/lib/auth/authorize";
import type { DbClient } from "@/lib/db";
import type { ConversationStatus } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** A selection acted on at once; the inbox loads pages of 50, so this allows a few pages' worth. */
export const MAX_BULK = 500;

export const conversationIdsSchema = z
  .array(z.string().refine(isUuid, "Unknown conversation"))
  .min(1, "Select at least one conversation")
  .max(MAX_BULK, `Act on at most ${MAX_BULK} conversations at once`)
  .transform((ids) => [...new Set(ids)]);

export type LockedConversation = {
  id: string;
  client_id: string;
  client_timezone: string;
  status: ConversationStatus;
  assignee_id: string | null;
  snoozed_until: Date | null;
};

/**
 * Locks the selected conversations for the rest of the transaction, all or nothing: if any id does not
 * exist, belongs to another tenant or to a client the actor may not act on, the whole request is "not
 * found" and nothing changes. Locks are taken in id order, so concurrent bulk actions cannot deadlock.
 */
export async function lockConversations(tx: DbClient, actor: Actor, ids: readonly string[]): Promise<LockedConversation[]> {
  authorize(actor, "conversation.act");
  const where = clientDataWhere(actor);
  const rows = await tx.$queryRawUnsafe<LockedConversation[]>(
    `SELECT c.id, c.client_id, cl.timezone AS client_timezone, c.status, c.assignee_id, c.snoozed_until
     FROM conversations c JOIN clients cl ON cl.id = c.client_id
     WHERE c.id = ANY ($1::uuid[]) AND c.agency_id = $2::uuid AND ($3::uuid[] IS NULL OR c.client_id = ANY ($3::uuid[]))
     ORDER BY c.id
     FOR UPDATE OF c`,
    [...ids],
    where.agencyId,
    where.clientId ? [...where.clientId.in] : null,
  );
  if (rows.length !== ids.length) throw notFound("Some of these conversations no longer exist or are not yours to change.");
  for (const row of rows) authorize(actor, "conversation.act", { clientId: row.client_id });
  return rows;
}
