import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type DbClient } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { checkClientsBelong } from "./check-clients-belong";
import { accessSchema, normaliseAccess } from "./member-input";

export const updateMemberSchema = z.intersection(z.object({ membershipId: z.string().uuid("Unknown member") }), accessSchema);

/** Changes a member's role and client assignments. Their open sessions pick it up on the next request. */
export async function updateMember(actor: Actor, input: z.output<typeof updateMemberSchema>): Promise<void> {
  authorize(actor, "team.manage");
  const access = normaliseAccess(input);
  await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { id: input.membershipId, agencyId: actor.agencyId } });
    if (!member) throw notFound("Unknown member");
    if (member.role === "AGENCY_ADMIN" && access.role !== "AGENCY_ADMIN") await assertAnotherAdmin(tx, actor.agencyId, member.id);
    await checkClientsBelong(tx, actor.agencyId, [...access.clientIds, ...(access.clientId ? [access.clientId] : [])]);
    await tx.membership.update({ where: { id: member.id }, data: { role: access.role, allClients: access.allClients, clientId: access.clientId } });
    await tx.membershipClient.deleteMany({ where: { membershipId: member.id } });
    if (access.clientIds.length) {
      await tx.membershipClient.createMany({ data: access.clientIds.map((clientId) => ({ membershipId: member.id, clientId })) });
    }
    await recordAudit(tx, actor, { action: "team.access_changed", targetType: "user", targetId: member.userId, data: { from: member.role, to: access.role, clientIds: access.clientIds, allClients: access.allClients } });
  });
}

/** An agency must keep at least one active admin, or nobody could manage it. */
export async function assertAnotherAdmin(tx: DbClient, agencyId: string, exceptMembershipId: string): Promise<void> {
  const others = await tx.membership.count({
    where: { agencyId, role: "AGENCY_ADMIN", id: { not: exceptMembershipId }, user: { active: true } },
  });
  if (others === 0) throw new AppError("conflict", "An agency needs at least one active admin. Make someone else an admin first.");
}
