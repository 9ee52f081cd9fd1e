import { ID_STREAMS } from '../ids';
import { createRng } from '../prng';
import { createReply, type ActorContext } from './actions';
import type { Scheduler } from './scheduler';
import type { SimPost } from './types';
import type { World } from './world';

const MINUTE = 60_000;

/**
 * The world answers what the agency does through the API: a reply to a person usually draws a reply back
 * (and a follower or two), an original post draws comments (fewer for link posts). Timings are on the
 * simulated clock and each post has its own seeded stream, so the same actions give the same reactions.
 */
export function reactToApiPost(world: World, scheduler: Scheduler, seed: number | string, base: Omit<ActorContext, 'rng' | 'origin' | 'stream'>, post: SimPost): void {
  const author = world.users.get(post.authorId);
  if (!author || post.repostOfId) return;
  const rng = createRng(seed, 'react', post.id);
  const ctx: ActorContext = { ...base, rng, origin: 'live', stream: ID_STREAMS.live };

  if (post.inReplyToPostId && post.inReplyToUserId && post.inReplyToUserId !== author.id) {
    const person = world.users.get(post.inReplyToUserId);
    if (!person || person.kind === 'brand') return;
    if (rng.chance(0.25)) author.followersBonus += 1;
    if (!rng.chance(0.6)) return;
    const at = post.createdAt + MINUTE + rng.exponential(6 * MINUTE);
    scheduler.schedule(at, () => {
      const parent = world.livePost(post.id);
      if (parent) createReply(ctx, parent, { from: person, at: Math.max(at, parent.createdAt + 1) });
    });
    return;
  }

  if (!post.inReplyToPostId && !post.quotedPostId) {
    const link = post.urls.length > 0;
    const social = author.brand?.engagement ?? 0.5;
    const comments = rng.poisson((link ? 0.4 : 1.6) * social);
    for (let i = 0; i < comments; i++) {
      const at = post.createdAt + 2 * MINUTE + rng.exponential(30 * MINUTE);
      scheduler.schedule(at, () => {
        const parent = world.livePost(post.id);
        if (parent) createReply(ctx, parent, { at: Math.max(at, parent.createdAt + 1) });
      });
    }
  }
}
