import type { Actor } from "@/lib/auth/actor";
import { authorize, clientDataWhere, clientWhere } from "@/lib/auth/authorize";
import { listClients } from "@/lib/clients/list-clients";
import { db } from "@/lib/db";
import type { XAccountStatus } from "@/lib/db/generated/enums";
import { isUuid } from "@/lib/ids";
import type { InboxFilters } from "./inbox-filters";
import { type Assignee, listAssignees } from "./list-assignees";
import { type InboxTag, listTags } from "./list-tags";

export type InboxClientOption = { id: string; name: string; color: string; accounts: { id: string; username: string; status: XAccountStatus }[] };
export type InboxOptions = { clients: InboxClientOption[]; tags: InboxTag[]; assignees: Assignee[] };

/** What the filters and pickers offer: the actor's clients and their accounts, the agency's tags, teammates. */
export async function getInboxOptions(actor: Actor): Promise<InboxOptions> {
  authorize(actor, "inbox.view");
  const [clients, tags, assignees] = await Promise.all([listClients(actor), listTags(actor), listAssignees(actor)]);
  return { clients: clients.map((c) => ({ id: c.id, name: c.name, color: c.color, accounts: c.xAccounts })), tags, assignees };
}

/**
 * The part of the options a first render needs: what the URL selects, the actor, and whether any account is
 * connected. A 200-client agency's full lists are hundreds of <option>s: the browser asks for them
 * (getInboxOptions) right after the page loads, so the page itself stays light.
 */
export async function getSelectedOptions(actor: Actor, filters: Pick<InboxFilters, "client" | "account" | "tag" | "assignee">): Promise<{ options: InboxOptions; hasAccounts: boolean }> {
  authorize(actor, "inbox.view");
  const scope = clientDataWhere(actor);
  const teammate = filters.assignee !== actor.userId && isUuid(filters.assignee) ? filters.assignee : null;
  const [anyAccount, client, tag, member] = await Promise.all([
    db.xAccount.findFirst({ where: { ...scope, status: { not: "DISCONNECTED" }, client: { archivedAt: null } }, select: { id: true } }),
    filters.client || filters.account
      ? db.client.findFirst({
          where: { ...clientWhere(actor), archivedAt: null, ...(filters.client ? { id: filters.client } : { xAccounts: { some: { id: filters.account } } }) },
          select: { id: true, name: true, color: true, xAccounts: { where: { id: filters.account ?? "00000000-0000-0000-0000-000000000000" }, select: { id: true, username: true, status: true } } },
        })
      : null,
    filters.tag ? db.tag.findFirst({ where: { agencyId: actor.agencyId, name: filters.tag }, select: { id: true, name: true, color: true } }) : null,
    teammate
      ? db.membership.findFirst({ where: { agencyId: actor.agencyId, userId: teammate }, select: { role: true, allClients: true, clients: { select: { clientId: true } }, user: { select: { id: true, name: true } } } })
      : null,
  ]);
  const me: Assignee = { id: actor.userId, name: actor.name, role: actor.role, clients: actor.clients === "all" ? "all" : [...actor.clients] };
  const assignees = [me];
  if (member) assignees.push({ id: member.user.id, name: member.user.name, role: member.role, clients: member.role !== "STAFF" || member.allClients ? "all" : member.clients.map((c) => c.clientId) });
  return {
    options: { clients: client ? [{ id: client.id, name: client.name, color: client.color, accounts: client.xAccounts }] : [], tags: tag ? [tag] : [], assignees },
    hasAccounts: anyAccount !== null,
  };
}
