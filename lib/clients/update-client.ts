import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { clientInputSchema, toClientData } from "./client-input";
import { duplicateNameError } from "./create-client";

export const updateClientSchema = z.intersection(z.object({ clientId: z.string().refine(isUuid, "Unknown client") }), clientInputSchema);

export async function updateClient(actor: Actor, input: z.output<typeof updateClientSchema>): Promise<void> {
  authorize(actor, "client.manage", { clientId: input.clientId });
  const { clientId, ...fields } = input;
  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.client.updateMany({ where: { id: clientId, agencyId: actor.agencyId }, data: toClientData(fields) });
      if (count === 0) throw notFound();
      await recordAudit(tx, actor, { action: "client.updated", targetType: "client", targetId: clientId, clientId });
    });
  } catch (error) {
    throw duplicateNameError(error) ?? error;
  }
}
