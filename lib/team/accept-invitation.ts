import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashLinkToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(10, "This invitation link is not valid"),
    name: z.string().trim().min(1, "Enter your name").max(100, "Keep your name under 100 characters"),
    password: z.string().min(10, "Use at least 10 characters").max(200, "Use at most 200 characters"),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match" });

/** Accepts an invitation: creates (or completes) the user and their membership, once. */
export async function acceptInvitation(input: z.output<typeof acceptInvitationSchema>, now = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    // Claim the invitation atomically: a second submit of the same link finds nothing to claim.
    const claimed = await tx.invitation.updateManyAndReturn({
      where: { tokenHash: hashLinkToken(input.token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    const invitation = claimed[0];
    if (!invitation) throw new AppError("not_found", "This invitation has expired or was already used. Ask your agency admin for a new link.");

    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, memberships: { select: { agencyId: true } } } });
    if (existing?.memberships.some((m) => m.agencyId === invitation.agencyId)) {
      throw new AppError("conflict", "You are already a member of this agency. Sign in instead.");
    }
    if (existing?.memberships.length) {
      throw new AppError("conflict", "This e-mail already belongs to another agency's team. Ask for an invitation to a different address.");
    }
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { name: input.name, passwordHash, active: true } })
      : await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash } });
    const membership = await tx.membership.create({
      data: { userId: user.id, agencyId: invitation.agencyId, role: invitation.role, allClients: invitation.allClients, clientId: invitation.clientId },
    });
    if (invitation.clientIds.length) {
      await tx.membershipClient.createMany({ data: invitation.clientIds.map((clientId) => ({ membershipId: membership.id, clientId })) });
    }
    await recordAudit(tx, { agencyId: invitation.agencyId, userId: user.id }, { action: "team.joined", targetType: "user", targetId: user.id, clientId: invitation.clientId, data: { role: invitation.role } });
    return { email: user.email };
  });
}
