import type { Actor } from "@/lib/auth/actor";
import { authorize, clientWhere } from "@/lib/auth/authorize";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Account managers and admins manage saved replies; a client-specific one needs that client in reach. */
export async function authorizeSavedReplyClient(tx: DbClient, actor: Actor, clientId: string | null): Promise<void> {
  authorize(actor, "client.manage");
  if (!clientId) return;
  authorize(actor, "client.manage", { clientId });
  const client = await tx.client.findFirst({ where: { ...clientWhere(actor), id: clientId }, select: { id: true } });
  if (!client) throw new AppError("validation", "Choose one of your clients.", { fieldErrors: { clientId: ["Choose one of your clients"] } });
}
