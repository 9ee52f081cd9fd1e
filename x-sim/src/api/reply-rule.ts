import { compareIds } from '../ids';
import type { SimPost, SimUser } from '../world/types';
import type { World } from '../world/world';

/** Did this post @mention the account, or quote one of its posts? (Reposts summon no one.) */
function summons(world: World, post: SimPost, account: SimUser): boolean {
  if (post.deleted || post.repostOfId) return false;
  if (post.mentions.some((m) => m.id === account.id)) return true;
  if (post.quotedPostId) return world.posts.get(post.quotedPostId)?.authorId === account.id;
  return false;
}

/**
 * X's 2026 rule for self-serve apps: an account may reply to its own posts, and to a post whose author
 * summoned it — in that post, or earlier in the same conversation.
 */
export function mayReply(world: World, replier: SimUser, parent: SimPost): boolean {
  if (parent.authorId === replier.id) return true;
  if (summons(world, parent, replier)) return true;
  for (const post of world.byConversation.get(parent.conversationId) ?? []) {
    if (compareIds(post.id, parent.id) > 0) break;
    if (post.authorId === parent.authorId && summons(world, post, replier)) return true;
  }
  return false;
}

export const REPLY_NOT_ALLOWED =
  'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.';
