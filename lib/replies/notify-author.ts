import type { Prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db";

/** Tells a draft's author what happened to it (approved, rejected); never notifies people about their own acts. */
export async function notifyAuthor(tx: DbClient, input: { agencyId: string; authorId: string; actorId: string; kind: string; data: Prisma.InputJsonValue }): Promise<void> {
  if (input.authorId === input.actorId) return;
  await tx.notification.create({ data: { agencyId: input.agencyId, userId: input.authorId, kind: input.kind, data: input.data } });
}
