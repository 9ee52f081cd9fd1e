import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

export type SavedReplyView = { id: string; title: string; body: string; clientId: string | null; clientName: string | null; updatedAt: Date };

/**
 * Saved replies the actor may use: the agency's own (every client) and, per client, that client's.
 * With `clientId`, only what applies to that client (the composer); without, everything in reach (settings).
 */
export async function listSavedReplies(actor: Actor, filter: { clientId?: string } = {}): Promise<SavedReplyView[]> {
  authorize(actor, "inbox.view");
  if (filter.clientId) {
    authorize(actor, "inbox.view", { clientId: filter.clientId });
    // "All clients" covers only this agency's: another agency's client (or no client) is not found, like anywhere else.
    const client = isUuid(filter.clientId) ? await db.client.findFirst({ where: { id: filter.clientId, agencyId: actor.agencyId }, select: { id: true } }) : null;
    if (!client) throw notFound("Client not found");
  }
  const clientScope = filter.clientId ? [filter.clientId] : actor.clients === "all" ? null : [...actor.clients];
  const rows = await db.savedReply.findMany({
    where: { agencyId: actor.agencyId, OR: [{ clientId: null }, { clientId: clientScope ? { in: clientScope } : { not: null } }] },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, title: true, body: true, clientId: true, updatedAt: true, client: { select: { name: true } } },
  });
  return rows.map(({ client, ...r }) => ({ ...r, clientName: client?.name ?? null }));
}

/** Whether the actor may create, edit and delete saved replies (for this client, or agency-wide). */
export function canManageSavedReplies(actor: Actor, clientId?: string | null): boolean {
  return can(actor, "client.manage", clientId ? { clientId } : {});
}
