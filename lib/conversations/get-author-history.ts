import type { Actor } from "@/lib/auth/actor";
import { db, type ConversationStatus } from "@/lib/db";
import { findConversation } from "./find-conversation";

export type PastConversation = {
  id: string;
  status: ConversationStatus;
  startedAt: Date;
  text: string | null;
  ownReplyCount: number;
  /** How it ended, in words: "Answered and closed", "Closed without a reply", "Still open". */
  outcome: string;
};

export type AuthorHistory = {
  profile: { id: string; username: string; name: string; description: string | null; profileImageUrl: string | null; verified: boolean; followersCount: number; followingCount: number } | null;
  past: PastConversation[];
  totalConversations: number;
};

export function describeOutcome(status: ConversationStatus, ownReplyCount: number): string {
  if (status === "DONE") return ownReplyCount > 0 ? "Answered and closed" : "Closed without a reply";
  if (status === "PENDING") return "Pending";
  if (status === "SNOOZED") return "Snoozed";
  return ownReplyCount > 0 ? "Answered, still open" : "Still open";
}

/** The person behind a conversation and their earlier conversations with this client (not other clients'). */
export async function getAuthorHistory(actor: Actor, conversationId: string, limit = 8): Promise<AuthorHistory> {
  const conversation = await findConversation(actor, conversationId, "inbox.view");
  if (!conversation.authorId) return { profile: null, past: [], totalConversations: 0 };
  const where = { agencyId: conversation.agencyId, clientId: conversation.clientId, authorId: conversation.authorId, id: { not: conversation.id } };
  const [profile, past, totalConversations] = await Promise.all([
    db.xUser.findUnique({
      where: { id: conversation.authorId },
      select: { id: true, username: true, name: true, description: true, profileImageUrl: true, verified: true, followersCount: true, followingCount: true },
    }),
    db.conversation.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, status: true, createdAt: true, firstInboundAt: true, latestInboundText: true, ownReplyCount: true },
    }),
    db.conversation.count({ where }),
  ]);
  return {
    profile,
    totalConversations,
    past: past.map((c) => ({
      id: c.id,
      status: c.status,
      startedAt: c.firstInboundAt ?? c.createdAt,
      text: c.latestInboundText,
      ownReplyCount: c.ownReplyCount,
      outcome: describeOutcome(c.status, c.ownReplyCount),
    })),
  };
}
