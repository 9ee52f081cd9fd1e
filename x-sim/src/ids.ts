/**
 * Snowflake-style ids, as X makes them: (ms since the Twitter epoch) << 22 | low bits.
 * Every post id made after mid-2018 is 19 digits, so ids of equal length sort by time as strings,
 * and twitter-api-v2's start_time → since_id conversion lands in the right place.
 */
export const TWITTER_EPOCH_MS = 1288834974657;
const EPOCH = BigInt(TWITTER_EPOCH_MS);
const LOW_BITS = 22n;
const LIVE_FLAG = 1n << 21n;
const COUNTER_MASK = 0x1fffff;

/**
 * Where an id comes from. History ids (drafted per day, out of time order) and everything made while the
 * simulator runs live in separate halves of the low bits, so they never collide; the running half uses
 * one counter, so ids made in the same millisecond still sort in creation order.
 */
export const ID_STREAMS = {
  history: 0,
  live: 1,
  api: 2,
  control: 3,
  users: 4,
  bulk: 5,
} as const;

export class IdMaker {
  private counters = new Map<number, number>();

  make(timeMs: number, stream: number): string {
    const key = stream === ID_STREAMS.history ? 0 : 1;
    const counter = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, counter);
    const low = (key === 0 ? 0n : LIVE_FLAG) | BigInt(counter & COUNTER_MASK);
    return (((BigInt(Math.floor(timeMs)) - EPOCH) << LOW_BITS) | low).toString();
  }

  reset(): void {
    this.counters.clear();
  }

  exportCounters(): Array<[number, number]> {
    return [...this.counters];
  }

  importCounters(entries: Array<[number, number]>): void {
    for (const [stream, counter] of entries) this.counters.set(stream, Math.max(counter, this.counters.get(stream) ?? 0));
  }
}

/** Compares decimal id strings numerically without BigInt (ids never carry leading zeros). */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Smallest possible id for a millisecond: what since/until comparisons against a time use. */
export function idFloorForTime(timeMs: number): string {
  return ((BigInt(Math.floor(timeMs)) - EPOCH) << LOW_BITS).toString();
}
