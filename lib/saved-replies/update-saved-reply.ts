import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { authorizeSavedReplyClient } from "./authorize-saved-reply";
import { savedReplyFields } from "./saved-reply-input";

export const updateSavedReplySchema = savedReplyFields.extend({ id: z.string() });

export async function updateSavedReply(actor: Actor, input: z.input<typeof updateSavedReplySchema>): Promise<void> {
  const data = updateSavedReplySchema.parse(input);
  if (!isUuid(data.id)) throw notFound("Saved reply not found");
  await db.$transaction(async (tx) => {
    const existing = await tx.savedReply.findFirst({ where: { id: data.id, agencyId: actor.agencyId }, select: { clientId: true } });
    if (!existing) throw notFound("Saved reply not found");
    // Both the old and the new client must be the actor's to manage.
    await authorizeSavedReplyClient(tx, actor, existing.clientId);
    await authorizeSavedReplyClient(tx, actor, data.clientId);
    await tx.savedReply.update({ where: { id: data.id }, data: { title: data.title, body: data.body, clientId: data.clientId } });
    await recordAudit(tx, actor, { action: "saved_reply.updated", targetType: "saved_reply", targetId: data.id, clientId: data.clientId, data: { title: data.title } });
  });
}
