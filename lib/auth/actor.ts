import type { Role } from "@/lib/db/generated/enums";

/** The signed-in person, resolved once per request, with the clients they may reach. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string;
  agencyName: string;
  membershipId: string;
  /** "all": every client of the agency; otherwise exactly these client ids. */
  clients: "all" | readonly string[];
};

export function clientIdsInScope(actor: Actor): "all" | readonly string[] {
  return actor.clients;
}
