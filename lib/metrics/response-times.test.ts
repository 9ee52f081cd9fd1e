import { describe, expect, it } from "vitest";
import { parseSeconds, responseStats } from "./response-times";

describe("response times", () => {
  it("reads the stored values as text", () => {
    expect(parseSeconds("1,20,300")).toEqual([1, 20, 300]);
    expect(parseSeconds("")).toEqual([]);
    expect(parseSeconds(null)).toEqual([]);
  });

  it("pools days and accounts before taking percentiles (a median of medians is not the median)", () => {
    const stats = responseStats([[60, 120, 180], [10_000], [30, 90]]);
    expect(stats).toEqual({ count: 6, median: 90, p90: 10_000, buckets: [5, 0, 1, 0, 0, 0] });
  });

  it("has no percentiles for a month with no answers", () => {
    expect(responseStats([[], []])).toEqual({ count: 0, median: null, p90: null, buckets: [0, 0, 0, 0, 0, 0] });
  });
});
