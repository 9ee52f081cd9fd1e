import type { Actor } from "@/lib/auth/actor";
import { db, type ConversationStatus } from "@/lib/db";
import { listPresence, type Viewer } from "@/lib/presence/list-presence";
import { getComposerDraft, type ComposerDraft } from "@/lib/replies/get-composer-draft";
import { findConversation } from "./find-conversation";

export type LiveState = {
  viewers: Viewer[];
  /** The composer's draft as the server has it: status changes (approved, rejected, sent, failed) show live. */
  draft: Omit<ComposerDraft, "text"> | null;
  conversation: { status: ConversationStatus; lastResponseAt: Date | null; ownReplyCount: number; postCount: number; noteCount: number; latestPostAt: Date | null };
};

/** What a conversation page polls every few seconds: who else is here, its draft's fate, new posts and notes. */
export async function getLiveState(actor: Actor, conversationId: string, draftId: string | null): Promise<LiveState> {
  const scoped = await findConversation(actor, conversationId, "inbox.view");
  const [viewers, draft, conversation, posts, noteCount] = await Promise.all([
    listPresence(scoped.id, actor.userId),
    getComposerDraft(actor, scoped.id, draftId),
    db.conversation.findUniqueOrThrow({ where: { id: scoped.id }, select: { status: true, lastResponseAt: true, ownReplyCount: true } }),
    db.post.aggregate({ where: { conversationId: scoped.id }, _count: { _all: true }, _max: { postedAt: true } }),
    db.note.count({ where: { conversationId: scoped.id } }),
  ]);
  const compact = draft ? (({ text: _text, ...rest }) => rest)(draft) : null;
  return { viewers, draft: compact, conversation: { ...conversation, postCount: posts._count._all, noteCount, latestPostAt: posts._max.postedAt } };
}
