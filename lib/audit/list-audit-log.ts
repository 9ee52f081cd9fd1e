import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db, type Prisma } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { notFound } from "@/lib/errors";

export type AuditEntryView = {
  id: string;
  action: string;
  targetType: string;
  targetId: string | null;
  data: Prisma.JsonValue;
  createdAt: Date;
  actorName: string | null;
};

export type AuditPage = { entries: AuditEntryView[]; nextCursor: string | null };

/** "<ISO time>_<id>" of the last row shown; the next page starts strictly after it. */
function encodeCursor(entry: { createdAt: Date; id: string }): string {
  return Buffer.from(`${entry.createdAt.toISOString()}_${entry.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [time, id] = Buffer.from(cursor, "base64url").toString().split("_");
  const createdAt = time ? new Date(time) : null;
  if (!createdAt || Number.isNaN(createdAt.getTime()) || !id || !isUuid(id)) return null;
  return { createdAt, id };
}

/**
 * One client's audit log, newest first, for admins. Keyset pagination on (created_at, id) — the index
 * (client_id, created_at DESC) serves it — so deep pages cost what the first does and new entries never
 * shift a page.
 */
export async function listAuditLog(actor: Actor, input: { clientId: string; cursor?: string | null; limit?: number }): Promise<AuditPage> {
  if (!isUuid(input.clientId)) throw notFound("Client not found");
  authorize(actor, "audit.view", { clientId: input.clientId });
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 200);
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await db.auditLog.findMany({
    where: {
      agencyId: actor.agencyId,
      clientId: input.clientId,
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, action: true, targetType: true, targetId: true, data: true, createdAt: true, actor: { select: { name: true } } },
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    entries: page.map(({ actor: who, ...e }) => ({ ...e, actorName: who?.name ?? null })),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
