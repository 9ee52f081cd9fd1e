import type { Rng } from '../prng';
import { createMention, createQuote, createReply, randomPerson, recentOriginals, recentReplies, type ActorContext } from './actions';
import type { SimPost } from './types';

const WEEK = 7 * 86_400_000;

/**
 * One step of the living world: mostly new mentions, plus people answering the brands' replies,
 * commenting on and quoting their posts. Responsive brands draw more of everything.
 */
export function liveStep(ctx: ActorContext, now: number): SimPost | undefined {
  const { world, rng } = ctx;
  const brands = world.brands.filter((b) => b.brand);
  if (!brands.length || !world.people.length) return undefined;
  const brand = rng.weighted(brands, (b) => b.brand?.mentionsPerDay ?? 1);
  const roll = rng.next();
  if (roll < 0.25) {
    const replies = recentReplies(world, brand, now, WEEK);
    const target = pickRecent(rng, replies);
    const person = target?.inReplyToUserId ? world.users.get(target.inReplyToUserId) : undefined;
    if (target && person && person.kind !== 'brand') return createReply(ctx, target, { from: person, at: now });
  } else if (roll < 0.38) {
    const target = pickRecent(rng, recentOriginals(world, brand, now, WEEK));
    if (target) return createReply(ctx, target, { from: randomPerson(ctx, brand.id), at: now });
  } else if (roll < 0.45) {
    const target = pickRecent(rng, recentOriginals(world, brand, now, WEEK));
    if (target) return createQuote(ctx, target, { at: now, mention: rng.chance(0.5) });
  }
  return createMention(ctx, brand, { at: now });
}

function pickRecent(rng: Rng, posts: readonly SimPost[]): SimPost | undefined {
  if (!posts.length) return undefined;
  const index = Math.min(posts.length - 1, Math.floor(rng.exponential(3)));
  return posts[index];
}
