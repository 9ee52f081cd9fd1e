import twitter from "twitter-text";

/** X's limit for a reply from an unverified account, in weighted characters. */
export const MAX_REPLY_WEIGHT = 280;

export type ReplyLength = {
  /** X's count: most CJK characters and every emoji weigh 2, every URL 23 whatever its length. */
  weighted: number;
  remaining: number;
  /** Sendable: not empty, within the limit, no characters X refuses. */
  valid: boolean;
  empty: boolean;
};

/** Measures a reply the way X does (twitter-text's v3 weighting), so the counter and X agree. */
export function measureReply(text: string): ReplyLength {
  const parsed = twitter.parseTweet(text);
  const empty = text.trim() === "";
  return { weighted: parsed.weightedLength, remaining: MAX_REPLY_WEIGHT - parsed.weightedLength, valid: parsed.valid && !empty, empty };
}
