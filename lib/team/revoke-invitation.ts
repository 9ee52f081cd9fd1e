import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export const revokeInvitationSchema = z.object({ invitationId: z.string().uuid("Unknown invitation") });

export async function revokeInvitation(actor: Actor, input: z.output<typeof revokeInvitationSchema>): Promise<void> {
  authorize(actor, "team.manage");
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: input.invitationId, agencyId: actor.agencyId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound("This invitation is no longer pending.");
    await recordAudit(tx, actor, { action: "team.invitation_revoked", targetType: "invitation", targetId: input.invitationId });
  });
}
