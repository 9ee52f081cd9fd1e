import { db } from "@/lib/db";
import type { Actor } from "./actor";

/**
 * Builds the actor for a session's user, or null when the session no longer counts:
 * the user was deactivated, their session version moved on, or they lost their membership.
 */
export async function loadActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      active: true,
      sessionVersion: true,
      memberships: {
        take: 1,
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          role: true,
          allClients: true,
          clientId: true,
          agency: { select: { id: true, name: true } },
          clients: { select: { clientId: true } },
        },
      },
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  const membership = user.memberships[0];
  if (!membership) return null;

  let clients: Actor["clients"];
  switch (membership.role) {
    case "AGENCY_ADMIN":
    case "ACCOUNT_MANAGER":
      clients = "all";
      break;
    case "STAFF":
      clients = membership.allClients ? "all" : membership.clients.map((c) => c.clientId);
      break;
    case "CLIENT_VIEWER":
      clients = membership.clientId ? [membership.clientId] : [];
      break;
  }

  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: membership.role,
    agencyId: membership.agency.id,
    agencyName: membership.agency.name,
    membershipId: membership.id,
    clients,
  };
}
