import type { Actor } from "@/lib/auth/actor";
import { authorize, clientWhere } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** One client, if the actor may view it; otherwise "not found", exactly as if it did not exist. */
export async function getClient(actor: Actor, clientId: string) {
  if (!isUuid(clientId)) throw notFound();
  authorize(actor, "client.view", { clientId });
  const client = await db.client.findFirst({
    where: { ...clientWhere(actor), id: clientId },
    select: {
      id: true,
      name: true,
      color: true,
      timezone: true,
      businessHours: true,
      slaMinutes: true,
      brandVoice: true,
      approvalRule: true,
      monthlyBudgetCents: true,
      createdAt: true,
      xAccounts: {
        orderBy: { username: "asc" },
        select: { id: true, username: true, name: true, status: true, followersCount: true, lastSyncAt: true, lastError: true },
      },
    },
  });
  if (!client) throw notFound();
  return client;
}
