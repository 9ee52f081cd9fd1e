import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { findConversation } from "@/lib/conversations/find-conversation";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { refreshHasDraft } from "./refresh-has-draft";
import { EDITABLE_STATUSES } from "./send-machine";

export const saveDraftSchema = z.object({
  conversationId: z.string(),
  /** Absent on the first keystroke: the draft is created then. */
  draftId: z.uuid().nullish(),
  text: z.string().max(10_000),
  flagged: z.boolean().default(false),
  /** The X post being answered; must belong to this conversation. */
  inReplyToXId: z.string().regex(/^\d{1,19}$/, "Choose the post to reply to"),
  /**
   * The text revision the composer last saw (optimistic concurrency); ignored when creating. Only text
   * saves move it: status changes are guarded by row locks instead, so an approval or a failed send
   * never invalidates the author's open composer.
   */
  version: z.number().int().min(0).default(0),
});

export type SavedDraft = { draftId: string; version: number };

/**
 * Autosave: stores the author's draft as they type. Only its author edits a draft, and only while it is
 * editable; a stale version (another tab saved meanwhile) is a conflict rather than a silent overwrite.
 * Editing a rejected or failed draft makes it a plain draft again.
 */
export async function saveDraft(actor: Actor, input: z.input<typeof saveDraftSchema>): Promise<SavedDraft> {
  const data = saveDraftSchema.parse(input);
  return db.$transaction(async (tx) => {
    const conversation = await findConversation(actor, data.conversationId, "conversation.act", tx);
    const parent = await tx.post.findFirst({ where: { conversationId: conversation.id, xId: data.inReplyToXId }, select: { id: true } });
    if (!parent) throw new AppError("validation", "That post is not part of this conversation.");

    let saved: SavedDraft;
    if (!data.draftId) {
      const draft = await tx.draft.create({
        data: {
          agencyId: conversation.agencyId,
          clientId: conversation.clientId,
          conversationId: conversation.id,
          authorId: actor.userId,
          inReplyToXId: data.inReplyToXId,
          text: data.text,
          flagged: data.flagged,
        },
        select: { id: true, version: true },
      });
      saved = { draftId: draft.id, version: draft.version };
    } else {
      const rows = await tx.$queryRaw<Array<{ status: string; version: number; author_id: string }>>`
        SELECT status::text AS status, version, author_id FROM drafts
        WHERE id = ${data.draftId}::uuid AND conversation_id = ${conversation.id}::uuid FOR UPDATE`;
      const current = rows[0];
      if (!current || current.author_id !== actor.userId) throw notFound("Draft not found");
      if (!(EDITABLE_STATUSES as readonly string[]).includes(current.status)) {
        throw new AppError("conflict", current.status === "AWAITING_APPROVAL" ? "This reply is waiting for approval. Withdraw it to edit." : "This reply can no longer be edited.");
      }
      if (current.version !== data.version) throw new AppError("conflict", "This draft was changed in another window. Reload to see the latest version.");
      const draft = await tx.draft.update({
        where: { id: data.draftId },
        data: { text: data.text, flagged: data.flagged, inReplyToXId: data.inReplyToXId, status: "DRAFT", failureCode: null, failureMessage: null, version: { increment: 1 } },
        select: { id: true, version: true },
      });
      saved = { draftId: draft.id, version: draft.version };
    }
    await refreshHasDraft(tx, conversation.id);
    return saved;
  });
}
