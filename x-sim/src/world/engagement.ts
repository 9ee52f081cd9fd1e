import type { Rng } from '../prng';
import { userFollowers } from './metrics';
import type { SimUser } from './types';

export type PostKind = 'original' | 'link' | 'reply' | 'quote' | 'repost' | 'mention';

export interface Engagement {
  reach: number;
  likeRate: number;
  repostRate: number;
}

/**
 * How far a post travels and how much it is liked. Brands that engage get more of both; link posts
 * travel less (X deprioritises them), replies reach mostly the conversation.
 */
export function engagementFor(author: SimUser, kind: PostKind, at: number, rng: Rng): Engagement {
  const followers = userFollowers(author, at);
  const repostRate = 0.06 + 0.12 * rng.next();
  if (author.brand) {
    const social = author.brand.engagement;
    const factor = kind === 'link' ? 0.3 : kind === 'reply' ? 0.05 : kind === 'quote' ? 0.6 : kind === 'repost' ? 0 : 1;
    return {
      reach: Math.floor(followers * 0.14 * social * factor * rng.logNormal(1, 0.45)),
      likeRate: (0.004 + 0.018 * social) * (kind === 'link' ? 0.35 : 1),
      repostRate: repostRate * (kind === 'link' ? 0.5 : 1),
    };
  }
  const factor = kind === 'reply' ? 0.4 : kind === 'repost' ? 0 : 1;
  return {
    reach: Math.floor((followers * (0.08 + 0.4 * rng.next()) + 12) * factor),
    likeRate: 0.01 + 0.05 * rng.next(),
    repostRate,
  };
}

export function firstName(user: SimUser): string {
  return user.name.split(' ')[0] ?? user.name;
}

export function replyText(parentAuthor: SimUser, body: string): string {
  return `@${parentAuthor.username} ${body}`;
}

/** Cumulative weights so picking a person by activity is a binary search, not a scan. */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private total = 0;

  constructor(private readonly items: readonly T[], weight: (item: T) => number) {
    for (const item of items) {
      this.total += weight(item);
      this.cumulative.push(this.total);
    }
  }

  pick(rng: Rng): T {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) <= r) lo = mid + 1;
      else hi = mid;
    }
    const item = this.items[lo];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}
