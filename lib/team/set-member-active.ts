import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertAnotherAdmin } from "./update-member";

export const setMemberActiveSchema = z.object({
  membershipId: z.string().uuid("Unknown member"),
  active: z.preprocess((v) => v === true || v === "true", z.boolean()),
});

/**
 * Deactivating bumps the user's session version, so every session they hold stops working
 * on its next request; reactivating lets them sign in again.
 */
export async function setMemberActive(actor: Actor, input: z.output<typeof setMemberActiveSchema>): Promise<void> {
  authorize(actor, "team.manage");
  await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { id: input.membershipId, agencyId: actor.agencyId } });
    if (!member) throw notFound("Unknown member");
    if (!input.active && member.userId === actor.userId) throw new AppError("conflict", "You cannot deactivate yourself.");
    if (!input.active && member.role === "AGENCY_ADMIN") await assertAnotherAdmin(tx, actor.agencyId, member.id);
    await tx.user.update({
      where: { id: member.userId },
      data: input.active ? { active: true } : { active: false, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, actor, { action: input.active ? "team.reactivated" : "team.deactivated", targetType: "user", targetId: member.userId });
  });
}
