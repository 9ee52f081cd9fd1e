import type { Actor } from "@/lib/auth/actor";
import { db, type DraftStatus } from "@/lib/db";

export type ComposerDraft = {
  id: string;
  text: string;
  flagged: boolean;
  inReplyToXId: string;
  status: DraftStatus;
  version: number;
  failureCode: string | null;
  failureMessage: string | null;
  /** The latest approval decision, so the author sees who approved or rejected it and why. */
  decision: { decision: "APPROVED" | "REJECTED"; comment: string; by: string; at: Date } | null;
};

const draftSelect = {
  id: true,
  text: true,
  flagged: true,
  inReplyToXId: true,
  status: true,
  version: true,
  failureCode: true,
  failureMessage: true,
  approvals: { orderBy: { createdAt: "desc" as const }, take: 1, select: { decision: true, comment: true, createdAt: true, decidedBy: { select: { name: true } } } },
};

/**
 * The actor's own reply in a conversation, for the composer: the one it is tracking (`draftId`, even once
 * sent, so it can show the outcome), else their latest one not yet sent. The caller has checked access.
 */
export async function getComposerDraft(actor: Actor, conversationId: string, draftId?: string | null): Promise<ComposerDraft | null> {
  const draft = await db.draft.findFirst({
    where: { conversationId, authorId: actor.userId, agencyId: actor.agencyId, ...(draftId ? { id: draftId } : { status: { not: "SENT" } }) },
    orderBy: { createdAt: "desc" },
    select: draftSelect,
  });
  if (!draft) return null;
  const { approvals, ...rest } = draft;
  const latest = approvals[0];
  return { ...rest, decision: latest ? { decision: latest.decision, comment: latest.comment, by: latest.decidedBy.name, at: latest.createdAt } : null };
}
