// X ids are snowflakes: (ms since the Twitter epoch) << 22 | sequence. Their time part lets the sync turn
// "a minute before this id" into an id bound, and all current ids have 19 digits, so comparing by
// (length, text) is comparing by number without BigInt in hot loops.
const TWITTER_EPOCH_MS = 1288834974657n;
const TIME_SHIFT = 22n;

export function compareXIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxXId(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return compareXIds(a, b) >= 0 ? a : b;
}

/** When an id was minted (ms since 1970). */
export function xIdTime(id: string): number {
  return Number((BigInt(id) >> TIME_SHIFT) + TWITTER_EPOCH_MS);
}

/** The smallest id minted at or after `ms`; as a since_id it admits everything from that moment on. */
export function xIdFloor(ms: number): string {
  const offset = BigInt(Math.max(0, Math.floor(ms))) - TWITTER_EPOCH_MS;
  return (offset > 0n ? (offset << TIME_SHIFT) - 1n : 0n).toString();
}
