import { percentile, RESPONSE_BUCKETS, responseBucketIndex } from "./definitions";

/** First-response figures of a set of answered items: how many, median, p90 and the bucket counts. */
export type ResponseStats = { count: number; median: number | null; p90: number | null; buckets: number[] };

/**
 * daily_metrics.response_seconds read as text ("1,20,300"): PostgreSQL's array_to_string is much
 * cheaper to send and split than an int[] is to parse, and a busy month holds ~100,000 values.
 */
export function parseSeconds(text: string | null | undefined): number[] {
  if (!text) return [];
  return text.split(",").map(Number);
}

/** Percentiles need every value, so the lists (one per account and day) are pooled and sorted once. */
export function responseStats(lists: readonly (readonly number[])[]): ResponseStats {
  let total = 0;
  for (const list of lists) total += list.length;
  const all = new Float64Array(total);
  let offset = 0;
  for (const list of lists) {
    all.set(list, offset);
    offset += list.length;
  }
  all.sort();
  const sorted = Array.from(all);
  const buckets = RESPONSE_BUCKETS.map(() => 0);
  for (const seconds of sorted) {
    const index = responseBucketIndex(seconds);
    buckets[index] = (buckets[index] ?? 0) + 1;
  }
  return { count: total, median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), buckets };
}
