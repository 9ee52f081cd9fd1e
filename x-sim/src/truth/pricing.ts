/** Pay-per-use prices (FACTS.md, February 2026), in micro-dollars to keep sums exact. */
export const PRICE_MICROS = {
  postRead: 5_000,
  userRead: 10_000,
  postCreate: 15_000,
  postCreateWithUrl: 200_000,
  summonedReply: 10_000,
} as const;

export type CreateKind = 'post' | 'post_with_url' | 'summoned_reply';

export function createPrice(kind: CreateKind): number {
  return kind === 'post_with_url' ? PRICE_MICROS.postCreateWithUrl : kind === 'summoned_reply' ? PRICE_MICROS.summonedReply : PRICE_MICROS.postCreate;
}

export function microsToUsd(micros: number): number {
  return Math.round(micros) / 1_000_000;
}
