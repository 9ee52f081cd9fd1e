import { hashLinkToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";

export type InvitationView =
  | { state: "valid"; email: string; name: string | null; agencyName: string; role: string }
  | { state: "expired" | "used" | "unknown" };

/** What the public invitation page may show for a token. */
export async function findInvitation(token: string, now = new Date()): Promise<InvitationView> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { email: true, name: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, agency: { select: { name: true } } },
  });
  if (!invitation) return { state: "unknown" };
  if (invitation.acceptedAt || invitation.revokedAt) return { state: "used" };
  if (invitation.expiresAt <= now) return { state: "expired" };
  return { state: "valid", email: invitation.email, name: invitation.name, agencyName: invitation.agency.name, role: invitation.role };
}
