import { db } from "@/lib/db";
import type { Role } from "@/lib/db/generated/enums";
import { isUuid } from "@/lib/ids";
import type { Actor } from "./actor";

type ActorRow = {
  id: string;
  email: string;
  name: string;
  active: boolean;
  session_version: number;
  membership_id: string | null;
  role: Role | null;
  all_clients: boolean | null;
  client_id: string | null;
  agency_id: string | null;
  agency_name: string | null;
  assigned: string[] | null;
};

/**
 * Builds the actor for a session's user, or null when the session no longer counts:
 * the user was deactivated, their session version moved on, or they lost their membership.
 * Every signed-in request starts here, so it is one statement (the nested Prisma read was three).
 */
export async function loadActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  if (!isUuid(userId)) return null;
  const [user] = await db.$queryRaw<ActorRow[]>`
    SELECT u.id, u.email, u.name, u.active, u.session_version,
           m.id AS membership_id, m.role, m.all_clients, m.client_id, a.id AS agency_id, a.name AS agency_name,
           (SELECT array_agg(mc.client_id::text) FROM membership_clients mc WHERE mc.membership_id = m.id) AS assigned
    FROM users u
    LEFT JOIN LATERAL (SELECT * FROM memberships WHERE user_id = u.id ORDER BY created_at LIMIT 1) m ON true
    LEFT JOIN agencies a ON a.id = m.agency_id
    WHERE u.id = ${userId}::uuid`;
  if (!user || !user.active || user.session_version !== sessionVersion) return null;
  if (!user.membership_id || !user.role || !user.agency_id || user.agency_name === null) return null;

  let clients: Actor["clients"];
  switch (user.role) {
    case "AGENCY_ADMIN":
    case "ACCOUNT_MANAGER":
      clients = "all";
      break;
    case "STAFF":
      clients = user.all_clients ? "all" : (user.assigned ?? []);
      break;
    case "CLIENT_VIEWER":
      clients = user.client_id ? [user.client_id] : [];
      break;
  }

  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    agencyId: user.agency_id,
    agencyName: user.agency_name,
    membershipId: user.membership_id,
    clients,
  };
}
