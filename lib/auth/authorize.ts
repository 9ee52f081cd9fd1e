import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { roleAllows, type Action } from "./permissions";

export type Resource = { clientId?: string | null };

/** The one access decision: may this actor do this action (on this client's data)? */
export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  if (!roleAllows(actor.role, action)) return false;
  if (resource.clientId == null) return true;
  return actor.clients === "all" || actor.clients.includes(resource.clientId);
}

/**
 * Throws when `can` says no. Denials are reported as "not found" on purpose: a person must
 * not learn that another client's data (or a page outside their role) exists.
 */
export function authorize(actor: Actor, action: Action, resource: Resource = {}): void {
  if (!can(actor, action, resource)) throw new AppError("not_found", "Not found");
}

/** Prisma `where` for clients the actor may reach. Every client query goes through this. */
export function clientWhere(actor: Actor) {
  return actor.clients === "all"
    ? { agencyId: actor.agencyId }
    : { agencyId: actor.agencyId, id: { in: [...actor.clients] } };
}

/** Prisma `where` for rows that carry agency_id and client_id (conversations, posts, …). */
export function clientDataWhere(actor: Actor) {
  return actor.clients === "all"
    ? { agencyId: actor.agencyId }
    : { agencyId: actor.agencyId, clientId: { in: [...actor.clients] } };
}
