import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { authorizeSavedReplyClient } from "./authorize-saved-reply";

export const deleteSavedReplySchema = z.object({ id: z.string() });

export async function deleteSavedReply(actor: Actor, input: z.input<typeof deleteSavedReplySchema>): Promise<void> {
  const { id } = deleteSavedReplySchema.parse(input);
  if (!isUuid(id)) throw notFound("Saved reply not found");
  await db.$transaction(async (tx) => {
    const existing = await tx.savedReply.findFirst({ where: { id, agencyId: actor.agencyId }, select: { clientId: true, title: true } });
    if (!existing) throw notFound("Saved reply not found");
    await authorizeSavedReplyClient(tx, actor, existing.clientId);
    await tx.savedReply.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "saved_reply.deleted", targetType: "saved_reply", targetId: id, clientId: existing.clientId, data: { title: existing.title } });
  });
}
