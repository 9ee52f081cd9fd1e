import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, clientWhere } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { beginAuthorization } from "./begin-authorization";

export const startConnectionSchema = z.object({ clientId: z.string().refine(isUuid, "Unknown client") });

/** An account manager connects a client's X account directly: returns X's consent URL. */
export async function startConnection(actor: Actor, input: z.output<typeof startConnectionSchema>): Promise<{ url: string }> {
  authorize(actor, "client.manage", { clientId: input.clientId });
  const client = await db.client.findFirst({ where: { ...clientWhere(actor), id: input.clientId }, select: { id: true } });
  if (!client) throw notFound();
  return beginAuthorization(db, { agencyId: actor.agencyId, clientId: client.id, startedById: actor.userId });
}
