import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { authorizeSavedReplyClient } from "./authorize-saved-reply";
import { savedReplyFields } from "./saved-reply-input";

export const createSavedReplySchema = savedReplyFields;

export async function createSavedReply(actor: Actor, input: z.input<typeof createSavedReplySchema>): Promise<{ id: string }> {
  const data = createSavedReplySchema.parse(input);
  return db.$transaction(async (tx) => {
    await authorizeSavedReplyClient(tx, actor, data.clientId);
    const saved = await tx.savedReply.create({
      data: { agencyId: actor.agencyId, clientId: data.clientId, title: data.title, body: data.body, createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "saved_reply.created", targetType: "saved_reply", targetId: saved.id, clientId: data.clientId, data: { title: data.title } });
    return saved;
  });
}
