import { db } from "@/lib/db";
import { PRESENCE_TTL_MS } from "./presence-window";

export type Viewer = { userId: string; name: string; drafting: boolean; seenAt: Date };

/** Everyone else on a conversation right now (seen within the TTL). The caller has checked access. */
export async function listPresence(conversationId: string, exceptUserId: string, now = new Date()): Promise<Viewer[]> {
  const rows = await db.presence.findMany({
    where: { conversationId, userId: { not: exceptUserId }, seenAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    orderBy: { seenAt: "asc" },
    select: { userId: true, drafting: true, seenAt: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ userId: r.userId, name: r.user.name, drafting: r.drafting, seenAt: r.seenAt }));
}
