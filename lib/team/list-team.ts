import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

export async function listTeam(actor: Actor) {
  authorize(actor, "team.manage");
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { agencyId: actor.agencyId },
      orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
      select: {
        id: true,
        role: true,
        allClients: true,
        clientId: true,
        clients: { select: { clientId: true } },
        user: { select: { id: true, name: true, email: true, active: true, lastSignInAt: true } },
      },
    }),
    db.invitation.findMany({
      where: { agencyId: actor.agencyId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, client: { select: { name: true } } },
    }),
  ]);
  return { members, invitations };
}

export type TeamMember = Awaited<ReturnType<typeof listTeam>>["members"][number];
export type PendingInvitation = Awaited<ReturnType<typeof listTeam>>["invitations"][number];
