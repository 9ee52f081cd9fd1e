// X's pay-per-use prices (FACTS.md, February 2026) in micro-dollars, so sums stay exact integers.
export const PRICE_MICROS = {
  postRead: 5_000,
  userRead: 10_000,
  postCreated: 15_000,
  postCreatedWithUrl: 200_000,
  summonedReply: 10_000,
} as const;

export type CreatedKind = "post" | "post_with_url" | "summoned_reply";

export function createdPriceMicros(kind: CreatedKind): number {
  if (kind === "post_with_url") return PRICE_MICROS.postCreatedWithUrl;
  if (kind === "summoned_reply") return PRICE_MICROS.summonedReply;
  return PRICE_MICROS.postCreated;
}

export const microsToUsd = (micros: number | bigint): number => Number(micros) / 1_000_000;
