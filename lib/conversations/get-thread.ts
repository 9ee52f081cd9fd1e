import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { buildThread, type ThreadNode } from "./build-thread";
import { findConversation } from "./find-conversation";

/** A thread longer than this shows its newest posts; X's own search serves 100 per page. */
const MAX_POSTS = 500;

const postSelect = {
  id: true,
  xId: true,
  kind: true,
  inbound: true,
  text: true,
  postedAt: true,
  inReplyToXId: true,
  sentReplyId: true,
  likes: true,
  reposts: true,
  replies: true,
  author: { select: { id: true, username: true, name: true, profileImageUrl: true, verified: true } },
} as const;

export type ThreadPost = {
  id: string;
  xId: string;
  kind: string;
  inbound: boolean;
  text: string;
  postedAt: Date;
  inReplyToXId: string | null;
  likes: number;
  reposts: number;
  replies: number;
  author: { id: string; username: string; name: string; profileImageUrl: string | null; verified: boolean };
  /** The brand's own post (marked in the thread). */
  own: boolean;
  /** Who sent it through Rapport, when it was. */
  sentBy: string | null;
  /** Reposted by the brand through Rapport. */
  reposted: boolean;
};

export type Thread = Awaited<ReturnType<typeof getThread>>;

/** A conversation with its whole thread in order, for people who work the client's inbox. */
export async function getThread(actor: Actor, conversationId: string) {
  const scoped = await findConversation(actor, conversationId, "inbox.view");
  const conversation = await db.conversation.findUniqueOrThrow({
    where: { id: scoped.id },
    select: {
      id: true,
      status: true,
      snoozedUntil: true,
      awaitingSince: true,
      slaDueAt: true,
      firstResponseAt: true,
      lastResponseAt: true,
      ownReplyCount: true,
      createdAt: true,
      authorId: true,
      client: { select: { id: true, name: true, color: true, brandVoice: true, approvalRule: true } },
      account: { select: { id: true, username: true, name: true, status: true, profileImageUrl: true } },
      assignee: { select: { id: true, name: true } },
      tags: { select: { tag: { select: { id: true, name: true, color: true } } } },
    },
  });
  const newestFirst = await db.post.findMany({ where: { conversationId: scoped.id }, orderBy: { postedAt: "desc" }, take: MAX_POSTS, select: postSelect });
  const posts = newestFirst.reverse();
  const postCount = posts.length < MAX_POSTS ? posts.length : await db.post.count({ where: { conversationId: scoped.id } });

  const sentReplyIds = posts.flatMap((p) => (p.sentReplyId ? [p.sentReplyId] : []));
  const sent = sentReplyIds.length ? await db.sentReply.findMany({ where: { id: { in: sentReplyIds } }, select: { id: true, sentById: true } }) : [];
  const senders = sent.length ? await db.user.findMany({ where: { id: { in: sent.map((s) => s.sentById) } }, select: { id: true, name: true } }) : [];
  const senderName = new Map(senders.map((u) => [u.id, u.name]));
  const sentBy = new Map(sent.map((s) => [s.id, senderName.get(s.sentById) ?? null]));
  const reposts = await db.auditLog.findMany({
    where: { agencyId: actor.agencyId, clientId: conversation.client.id, action: "post.reposted", targetType: "post", targetId: { in: posts.map((p) => p.id) } },
    select: { targetId: true },
  });
  const reposted = new Set(reposts.map((r) => r.targetId));

  const threadPosts: ThreadPost[] = posts.map(({ sentReplyId, ...p }) => ({
    ...p,
    own: !p.inbound,
    sentBy: sentReplyId ? (sentBy.get(sentReplyId) ?? null) : null,
    reposted: reposted.has(p.id),
  }));
  const latestInbound = [...threadPosts].reverse().find((p) => p.inbound) ?? null;
  return {
    conversation: { ...conversation, tags: conversation.tags.map((t) => t.tag) },
    thread: buildThread(threadPosts) as ThreadNode<ThreadPost>[],
    /** All stored posts, including any beyond the newest MAX_POSTS shown. */
    postCount,
    /** What a new reply answers by default: the person's latest post. */
    defaultReplyTo: latestInbound?.xId ?? threadPosts[0]?.xId ?? null,
    canAct: can(actor, "conversation.act", { clientId: conversation.client.id }),
  };
}
