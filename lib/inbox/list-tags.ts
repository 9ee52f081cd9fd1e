import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

export type InboxTag = { id: string; name: string; color: string };

/** The agency's tags, for the tag filter and picker. */
export async function listTags(actor: Actor): Promise<InboxTag[]> {
  authorize(actor, "inbox.view");
  return db.tag.findMany({ where: { agencyId: actor.agencyId }, orderBy: { name: "asc" }, select: { id: true, name: true, color: true } });
}
