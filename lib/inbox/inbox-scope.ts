import type { Actor } from "@/lib/auth/actor";
import { clientDataWhere } from "@/lib/auth/authorize";
import type { InboxScope } from "./build-inbox-query";
import type { InboxFilters } from "./inbox-filters";

/**
 * The tenant and clients an inbox query may read: clientDataWhere (the one scoping rule) narrowed by the
 * URL's client filter. Null when nothing can match, e.g. a client outside the actor's assignments, which
 * then reads exactly like a client with an empty inbox.
 */
export function inboxScope(actor: Actor, filters: Pick<InboxFilters, "client">): InboxScope | null {
  const where = clientDataWhere(actor);
  let clientIds: string[] | null = where.clientId ? [...where.clientId.in] : null;
  if (filters.client) {
    if (clientIds && !clientIds.includes(filters.client)) return null;
    clientIds = [filters.client];
  }
  if (clientIds && clientIds.length === 0) return null;
  return { agencyId: where.agencyId, clientIds, userId: actor.userId };
}
