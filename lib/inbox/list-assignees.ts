import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/authorize";
import { db, type DbClient } from "@/lib/db";
import type { Role } from "@/lib/db/generated/enums";

/** A teammate who can take conversations: `clients` are those they may work on ("all" or a list). */
export type Assignee = { id: string; name: string; role: Role; clients: "all" | string[] };

/** Active people of the actor's agency whose role may act on conversations, with the clients they work on. */
export async function loadAssignees(tx: DbClient, agencyId: string): Promise<Assignee[]> {
  const members = await tx.membership.findMany({
    where: { agencyId, role: { in: ["AGENCY_ADMIN", "ACCOUNT_MANAGER", "STAFF"] }, user: { active: true } },
    orderBy: { user: { name: "asc" } },
    select: { role: true, allClients: true, clients: { select: { clientId: true } }, user: { select: { id: true, name: true } } },
  });
  return members.map((m) => ({
    id: m.user.id,
    name: m.user.name,
    role: m.role,
    clients: m.role !== "STAFF" || m.allClients ? "all" : m.clients.map((c) => c.clientId),
  }));
}

/** Whether a teammate may work on a client: the same decision authorize() makes for them when they act. */
export function mayWorkOn(assignee: Assignee, clientId: string): boolean {
  return can({ userId: assignee.id, email: "", name: assignee.name, role: assignee.role, agencyId: "", agencyName: "", membershipId: "", clients: assignee.clients }, "conversation.act", { clientId });
}

/** For the assignee picker: every teammate who can take conversations, the actor first. */
export async function listAssignees(actor: Actor): Promise<Assignee[]> {
  authorize(actor, "inbox.view");
  const assignees = await loadAssignees(db, actor.agencyId);
  return [...assignees.filter((a) => a.id === actor.userId), ...assignees.filter((a) => a.id !== actor.userId)];
}
