import type { Actor } from "@/lib/auth/actor";
import { clientDataWhere } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

/** Mentions of the actor in notes they have not read yet, on conversations they can still reach (for a badge). */
export async function countUnreadMentions(actor: Actor): Promise<number> {
  return db.noteMention.count({ where: { userId: actor.userId, readAt: null, note: { agencyId: actor.agencyId, conversation: clientDataWhere(actor) } } });
}
