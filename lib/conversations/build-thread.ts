export type ThreadNode<P> = { post: P; depth: number; /** The parent is not stored (outside the thread or not synced). */ detached: boolean };

type Linkable = { xId: string; inReplyToXId: string | null; postedAt: Date };

/** Deeper replies are still shown in order, just no further indented: a 40-level tree is unreadable. */
export const MAX_DEPTH = 6;

/**
 * Orders a conversation's posts as a thread: each reply under the post it answers, siblings oldest first,
 * depth-first, so replies to replies sit under their parent. Posts whose parent is not stored start their
 * own branch at the top level, marked detached.
 */
export function buildThread<P extends Linkable>(posts: readonly P[]): ThreadNode<P>[] {
  const byId = new Map(posts.map((p) => [p.xId, p]));
  const children = new Map<string, P[]>();
  const roots: P[] = [];
  for (const post of posts) {
    const parent = post.inReplyToXId && post.inReplyToXId !== post.xId ? byId.get(post.inReplyToXId) : undefined;
    if (parent) {
      const list = children.get(parent.xId) ?? [];
      list.push(post);
      children.set(parent.xId, list);
    } else roots.push(post);
  }
  // X ids of one era have one width, so (length, text) orders them as numbers.
  const order = (a: P, b: P) => a.postedAt.getTime() - b.postedAt.getTime() || a.xId.length - b.xId.length || (a.xId < b.xId ? -1 : a.xId > b.xId ? 1 : 0);
  const out: ThreadNode<P>[] = [];
  const seen = new Set<string>();
  const visit = (post: P, depth: number, detached: boolean) => {
    if (seen.has(post.xId)) return;
    seen.add(post.xId);
    out.push({ post, depth: Math.min(depth, MAX_DEPTH), detached });
    for (const child of (children.get(post.xId) ?? []).sort(order)) visit(child, depth + 1, false);
  };
  for (const root of roots.sort(order)) visit(root, 0, root.inReplyToXId !== null);
  // Posts in a reply cycle (bad data) have no root: show them rather than lose them.
  for (const post of [...posts].sort(order)) visit(post, 0, true);
  return out;
}
