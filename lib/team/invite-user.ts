import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { hashLinkToken, newLinkToken } from "@/lib/crypto/tokens";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { checkClientsBelong } from "./check-clients-belong";
import { accessSchema, normaliseAccess } from "./member-input";

export const inviteUserSchema = z.intersection(
  z.object({
    email: z.string().trim().toLowerCase().email("Enter a valid e-mail address"),
    name: z.string().trim().max(100).optional(),
  }),
  accessSchema,
);

export type InviteResult = { invitationId: string; link: string; emailed: boolean };

export async function inviteUser(actor: Actor, input: z.output<typeof inviteUserSchema>): Promise<InviteResult> {
  const access = normaliseAccess(input);
  // Account managers may invite a client's people (onboarding); everyone else needs team.manage.
  if (access.role === "CLIENT_VIEWER") authorize(actor, "client.manage", { clientId: access.clientId });
  else authorize(actor, "team.manage");

  const token = newLinkToken();
  const expiresAt = new Date(Date.now() + env().INVITATION_TTL_HOURS * 3_600_000);

  const invitation = await db.$transaction(async (tx) => {
    await checkClientsBelong(tx, actor.agencyId, [...access.clientIds, ...(access.clientId ? [access.clientId] : [])]);
    const existing = await tx.membership.findFirst({ where: { agencyId: actor.agencyId, user: { email: input.email } } });
    if (existing) throw new AppError("conflict", "This person is already on the team.", { fieldErrors: { email: ["Already a member of this agency"] } });
    // A fresh invitation replaces any pending one for the same address.
    await tx.invitation.updateMany({
      where: { agencyId: actor.agencyId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const created = await tx.invitation.create({
      data: { agencyId: actor.agencyId, email: input.email, name: input.name || null, ...access, tokenHash: hashLinkToken(token), invitedById: actor.userId, expiresAt },
    });
    await recordAudit(tx, actor, { action: "team.invited", targetType: "invitation", targetId: created.id, clientId: access.clientId, data: { email: input.email, role: access.role } });
    return created;
  });

  const link = `${env().APP_URL}/invite/${token}`;
  const emailed = await sendMail({
    to: input.email,
    subject: `${actor.name} invited you to ${actor.agencyName} on Rapport`,
    text: `You have been invited to join ${actor.agencyName} on Rapport as ${ROLE_LABELS[access.role]}.\n\nSet your password here (the link works once, until ${expiresAt.toUTCString()}):\n${link}\n`,
  });
  return { invitationId: invitation.id, link, emailed };
}
