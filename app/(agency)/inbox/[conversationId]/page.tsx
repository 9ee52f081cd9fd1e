import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorPanel } from "@/components/conversation/author-panel";
import { ConversationHeader } from "@/components/conversation/conversation-header";
import { ConversationKeys, ShortcutHints } from "@/components/conversation/conversation-keys";
import { ConversationTriage } from "@/components/conversation/conversation-triage";
import { LiveProvider } from "@/components/conversation/live-context";
import { NotesPanel } from "@/components/conversation/notes-panel";
import { PresenceBar } from "@/components/conversation/presence-bar";
import { ThreadView } from "@/components/conversation/thread-view";
import { UnreadMentions } from "@/components/conversation/unread-mentions";
import { BrandVoice } from "@/components/replies/brand-voice";
import { Composer } from "@/components/replies/composer";
import { PendingApprovals } from "@/components/replies/pending-approvals";
import { requirePermission } from "@/lib/auth/session";
import { getAuthorHistory } from "@/lib/conversations/get-author-history";
import { getThread } from "@/lib/conversations/get-thread";
import { isAppError } from "@/lib/errors";
import { getPendingReason } from "@/lib/inbox/get-pending-reason";
import { listAssignees } from "@/lib/inbox/list-assignees";
import { listTags } from "@/lib/inbox/list-tags";
import { listMentionable } from "@/lib/notes/list-mentionable";
import { listNotes } from "@/lib/notes/list-notes";
import { listUnreadMentions } from "@/lib/notes/list-unread-mentions";
import { markMentionsRead } from "@/lib/notes/mark-mentions-read";
import { getComposerDraft } from "@/lib/replies/get-composer-draft";
import { listSavedReplies } from "@/lib/saved-replies/list-saved-replies";
import { replyVariables } from "@/lib/saved-replies/render-saved-reply";
import {
  addNoteAction,
  assignHereAction,
  markDoneHereAction,
  markPendingHereAction,
  reopenHereAction,
  repostAction,
  saveDraftAction,
  snoozeHereAction,
  submitReplyAction,
  tagHereAction,
  withdrawDraftAction,
} from "./actions";

export const metadata: Metadata = { title: "Conversation" };

type PageProps = { params: Promise<{ conversationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadThread(...args: Parameters<typeof getThread>) {
  try {
    return await getThread(...args);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

const ACTIONS = { save: saveDraftAction, submit: submitReplyAction, withdraw: withdrawDraftAction };
const TRIAGE = { markDone: markDoneHereAction, markPending: markPendingHereAction, reopen: reopenHereAction, snooze: snoozeHereAction, assign: assignHereAction, tag: tagHereAction };

export default async function ConversationPage({ params, searchParams }: PageProps) {
  const { conversationId } = await params;
  const query = await searchParams;
  const actor = await requirePermission("inbox.view");
  const { conversation, thread, postCount, defaultReplyTo, canAct } = await loadThread(actor, conversationId);
  const openedAt = new Date().toISOString();
  // Opening the conversation reads the notes that mention you here.
  await markMentionsRead(actor, conversation.id);
  const [history, notes, draft, savedReplies, teammates, unread, assignees, tags, pendingReason] = await Promise.all([
    getAuthorHistory(actor, conversation.id),
    listNotes(actor, conversation.id),
    canAct ? getComposerDraft(actor, conversation.id) : Promise.resolve(null),
    canAct ? listSavedReplies(actor, { clientId: conversation.client.id }) : Promise.resolve([]),
    listMentionable(actor.agencyId, conversation.client.id),
    listUnreadMentions(actor, 5),
    canAct ? listAssignees(actor) : Promise.resolve([]),
    canAct ? listTags(actor) : Promise.resolve([]),
    conversation.status === "PENDING" ? getPendingReason(actor, conversation.id) : Promise.resolve(undefined),
  ]);

  const inbound = thread.filter((n) => !n.post.own).map((n) => n.post);
  const replyTargets = inbound
    .slice()
    .reverse()
    .map((p) => {
      // X puts the people being answered first ("@brand @other …"): skip them, they say nothing here.
      const text = p.text.replace(/^(@\w+\s+)+/, "");
      return { xId: p.xId, label: `@${p.author.username}: ${text.length > 48 ? `${text.slice(0, 48)}…` : text}` };
    });
  const replyTo = draft?.inReplyToXId ?? defaultReplyTo ?? "";
  const author = history.profile;
  const variables = replyVariables({
    authorName: author?.name,
    authorUsername: author?.username,
    agentName: actor.name,
    clientName: conversation.client.name,
    accountUsername: conversation.account.username,
  });

  return (
    <LiveProvider conversationId={conversation.id} defaultReplyTo={replyTo} initial={{ postCount, noteCount: notes.length, ownReplyCount: conversation.ownReplyCount, status: conversation.status }}>
      <ConversationKeys />
      <div className="grid gap-5">
        <ConversationHeader
          conversation={conversation}
          pendingReason={pendingReason}
          triage={
            <ConversationTriage
              conversation={{
                id: conversation.id,
                clientId: conversation.client.id,
                clientName: conversation.client.name,
                status: conversation.status,
                assignee: conversation.assignee,
                tags: conversation.tags.map((t) => t.name),
              }}
              userId={actor.userId}
              canAct={canAct}
              assignees={assignees}
              tags={tags}
              actions={TRIAGE}
            />
          }
        />
        <PresenceBar />
        <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="grid content-start gap-5">
            <ThreadView thread={thread} canAct={canAct} repostAction={repostAction} />
            {canAct && conversation.account.status !== "ACTIVE" && (
              <p role="alert" className="rounded-md bg-warning-soft px-3 py-2 text-sm">
                @{conversation.account.username} needs to be reconnected before it can reply or repost.
              </p>
            )}
            {canAct && replyTo && (
              <Composer
                conversationId={conversation.id}
                openedAt={openedAt}
                initialDraft={draft && { ...draft, decision: draft.decision }}
                approvalRule={conversation.client.approvalRule}
                replyTargets={replyTargets.length ? replyTargets : [{ xId: replyTo, label: "the latest post" }]}
                savedReplies={savedReplies.map((s) => ({ id: s.id, title: s.title, body: s.body, clientName: s.clientName }))}
                variables={variables}
                autoFocus={query.reply === "1"}
                actions={ACTIONS}
              />
            )}
            <ShortcutHints />
          </div>
          <aside className="grid content-start gap-5" aria-label="Context">
            <PendingApprovals actor={actor} conversationId={conversation.id} hideWhenEmpty title="Approvals for this conversation" />
            <BrandVoice clientName={conversation.client.name} guidelines={conversation.client.brandVoice} />
            <AuthorPanel history={history} clientName={conversation.client.name} />
            <NotesPanel notes={notes} teammates={teammates.filter((t) => t.id !== actor.userId)} canAct={canAct} action={addNoteAction.bind(null, conversation.id)} />
            <UnreadMentions mentions={unread} />
          </aside>
        </div>
      </div>
    </LiveProvider>
  );
}
