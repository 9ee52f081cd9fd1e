import { describe, expect, it } from "vitest";
import { failureDelay, nextPollInterval, rateLimitedUntil, respectRateLimit } from "./schedule";

describe("poll pacing", () => {
  it("polls busy accounts often and backs off idle ones up to the idle interval", () => {
    expect(nextPollInterval({ newItems: 3, previousIntervalMs: 60_000 }, 15_000, 60_000)).toBe(15_000);
    expect(nextPollInterval({ newItems: 0, previousIntervalMs: null }, 15_000, 60_000)).toBe(15_000);
    expect(nextPollInterval({ newItems: 0, previousIntervalMs: 15_000 }, 15_000, 60_000)).toBe(22_500);
    expect(nextPollInterval({ newItems: 0, previousIntervalMs: 50_000 }, 15_000, 60_000)).toBe(60_000);
  });

  it("waits for the reset of an exhausted window and spreads a nearly spent one", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    const next = new Date("2026-11-26T10:00:15Z");
    const reset = new Date("2026-11-26T10:10:00Z");
    expect(respectRateLimit(next, { remaining: 0, reset }, now)).toEqual(reset);
    expect(respectRateLimit(next, { remaining: 2, reset }, now)).toEqual(new Date("2026-11-26T10:05:00Z"));
    expect(respectRateLimit(next, { remaining: 290, reset }, now)).toEqual(next);
    expect(respectRateLimit(next, { remaining: 0, reset: new Date("2026-11-26T09:59:00Z") }, now)).toEqual(next);
  });

  it("backs off failures exponentially up to a cap", () => {
    const max = () => 1;
    expect(failureDelay(1, 30_000, 900_000, max)).toBe(30_000);
    expect(failureDelay(3, 30_000, 900_000, max)).toBe(120_000);
    expect(failureDelay(20, 30_000, 900_000, max)).toBe(900_000);
    expect(failureDelay(1, 30_000, 900_000, () => 0)).toBe(22_500);
  });

  it("honours a rate-limit reset up to the configured longest wait", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    const reset = new Date("2026-11-27T10:00:00Z");
    expect(rateLimitedUntil(reset, now, 86_400_000 + 5_000)).toEqual(new Date(reset.getTime() + 1_000));
    expect(rateLimitedUntil(reset, now, 2_000)).toEqual(new Date(now.getTime() + 2_000));
  });
});
