import type { PostKind } from "@/lib/db/generated/enums";
import type { XPost } from "@/lib/x";

export type Classified = { kind: PostKind; inbound: boolean };

/**
 * What a post is to one connected account, or null when it is neither the account's own nor addressed
 * to it (context the inbox may show but the sync does not store).
 *
 * `authorOf` answers who wrote a referenced post, from the page's includes or what is already stored.
 */
export function classifyPost(post: XPost, accountXUserId: string, authorOf: (postId: string) => string | undefined): Classified | null {
  if (post.authorId === accountXUserId) {
    if (post.repostedPostId) return { kind: "OWN_REPOST", inbound: false };
    if (post.quotedPostId) return { kind: "OWN_QUOTE", inbound: false };
    if (post.inReplyToPostId) return { kind: "OWN_REPLY", inbound: false };
    if (post.hasLink) return { kind: "OWN_LINK", inbound: false };
    return { kind: "OWN_ORIGINAL", inbound: false };
  }
  // Someone else reposting the brand summons no one: not an inbox item.
  if (post.repostedPostId) return null;
  if (post.inReplyToUserId === accountXUserId) return { kind: "REPLY", inbound: true };
  if (post.quotedPostId && authorOf(post.quotedPostId) === accountXUserId) return { kind: "QUOTE", inbound: true };
  if (post.mentionedUserIds.includes(accountXUserId)) return { kind: "MENTION", inbound: true };
  return null;
}

/** A brand post that answers someone: a reply to another person's post (not the brand's own thread). */
export function isAnswer(post: XPost, accountXUserId: string): boolean {
  return post.authorId === accountXUserId && post.inReplyToPostId !== null && post.inReplyToUserId !== accountXUserId && !post.repostedPostId;
}
