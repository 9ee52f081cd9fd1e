import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/db";

export type AuditEntry = {
  action: string;
  targetType: string;
  targetId?: string | null;
  clientId?: string | null;
  data?: Prisma.InputJsonValue;
};

/** Appends to the audit log inside the caller's transaction, so the record and the change land together. */
/** `userId` is null for people acting without a Rapport account (a client using a connect link). */
export async function recordAudit(tx: DbClient, actor: Pick<Actor, "agencyId"> & { userId: string | null }, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      agencyId: actor.agencyId,
      actorId: actor.userId,
      clientId: entry.clientId ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      data: entry.data ?? {},
    },
  });
}
