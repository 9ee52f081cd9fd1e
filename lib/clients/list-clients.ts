import type { Actor } from "@/lib/auth/actor";
import { authorize, clientWhere } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

/** The clients the actor may see, with their connected accounts. */
export async function listClients(actor: Actor) {
  authorize(actor, "report.view");
  return db.client.findMany({
    where: { ...clientWhere(actor), archivedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      color: true,
      timezone: true,
      slaMinutes: true,
      approvalRule: true,
      xAccounts: { where: { status: { not: "DISCONNECTED" } }, select: { id: true, username: true, status: true }, orderBy: { username: "asc" } },
    },
  });
}

export type ClientListItem = Awaited<ReturnType<typeof listClients>>[number];
