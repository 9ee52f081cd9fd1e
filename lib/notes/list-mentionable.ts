import type { DbClient } from "@/lib/db";
import { db } from "@/lib/db";
import type { Mentionable } from "./extract-mentions";

/**
 * Teammates who may be mentioned in a client's notes: active agency people who can reach that client
 * (admins, account managers, staff on all clients or assigned to it). Client viewers never see notes.
 */
export async function listMentionable(agencyId: string, clientId: string, tx: DbClient = db): Promise<Mentionable[]> {
  const members = await tx.membership.findMany({
    where: {
      agencyId,
      user: { active: true },
      OR: [{ role: { in: ["AGENCY_ADMIN", "ACCOUNT_MANAGER"] } }, { role: "STAFF", allClients: true }, { role: "STAFF", clients: { some: { clientId } } }],
    },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true } } },
  });
  return members.map((m) => m.user);
}
