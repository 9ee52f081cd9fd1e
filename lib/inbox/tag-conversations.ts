import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { inTransaction } from "./in-transaction";
import { conversationIdsSchema, lockConversations } from "./lock-conversations";
import { parseInput } from "./parse-input";

// Muted colours that read on light and dark backgrounds; a new tag takes one by its name, so it is stable.
const TAG_COLORS = ["#64748b", "#0ea5e9", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#ec4899", "#14b8a6", "#84cc16", "#f97316"];

export function tagColor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return TAG_COLORS[hash % TAG_COLORS.length] ?? "#64748b";
}

/** Tags are lower-case words (letters, digits, spaces, - and _), unique per agency. */
export const tagNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((name) => name.replace(/\s+/g, " "))
  .pipe(z.string().min(1, "Name the tag").max(40, "Keep tags under 40 characters").regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "Use letters, digits, spaces, - or _"));

export const tagConversationsSchema = z
  .object({
    conversationIds: conversationIdsSchema,
    add: z.array(tagNameSchema).max(10).default([]),
    remove: z.array(tagNameSchema).max(10).default([]),
  })
  .refine((input) => input.add.length + input.remove.length > 0, "Choose a tag to add or remove");

/**
 * Adds and removes tags on conversations; tags that do not exist yet are created for the agency on the fly.
 * All or nothing. Each conversation's audit entry lists what actually changed on it.
 */
export async function tagConversations(
  actor: Actor,
  input: z.input<typeof tagConversationsSchema>,
  options: { tx?: DbClient } = {},
): Promise<{ changed: number; tags: { id: string; name: string; color: string }[] }> {
  const { conversationIds, add, remove } = parseInput(tagConversationsSchema, input);
  if (add.some((name) => remove.includes(name))) throw new AppError("validation", "A tag cannot be added and removed at once.");
  return inTransaction(options.tx, async (tx) => {
    const rows = await lockConversations(tx, actor, conversationIds);
    const ids = rows.map((r) => r.id);
    if (add.length) await tx.tag.createMany({ data: add.map((name) => ({ agencyId: actor.agencyId, name, color: tagColor(name) })), skipDuplicates: true });
    const tags = await tx.tag.findMany({ where: { agencyId: actor.agencyId, name: { in: [...add, ...remove] } }, select: { id: true, name: true, color: true } });
    const toAdd = tags.filter((t) => add.includes(t.name));
    const toRemove = tags.filter((t) => remove.includes(t.name));
    const before = await tx.conversationTag.findMany({ where: { conversationId: { in: ids }, tagId: { in: tags.map((t) => t.id) } }, select: { conversationId: true, tagId: true } });
    const had = new Set(before.map((b) => `${b.conversationId}:${b.tagId}`));
    if (toAdd.length) {
      await tx.conversationTag.createMany({ data: ids.flatMap((conversationId) => toAdd.map((t) => ({ conversationId, tagId: t.id }))), skipDuplicates: true });
    }
    if (toRemove.length) await tx.conversationTag.deleteMany({ where: { conversationId: { in: ids }, tagId: { in: toRemove.map((t) => t.id) } } });
    let changed = 0;
    for (const row of rows) {
      const added = toAdd.filter((t) => !had.has(`${row.id}:${t.id}`)).map((t) => t.name);
      const removed = toRemove.filter((t) => had.has(`${row.id}:${t.id}`)).map((t) => t.name);
      if (added.length + removed.length === 0) continue;
      changed++;
      await recordAudit(tx, actor, { action: "conversation.tags_changed", targetType: "conversation", targetId: row.id, clientId: row.client_id, data: { added, removed } });
    }
    return { changed, tags: toAdd };
  });
}
