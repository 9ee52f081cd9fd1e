import { describe, expect, it } from "vitest";
import { afterFailure, FREE_ATTEMPTS, secondsLocked, tooManyAttemptsMessage, WINDOW_MS } from "./throttle-policy";

const t0 = new Date("2026-11-25T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function fail(times: number, start = t0) {
  let record = null as ReturnType<typeof afterFailure> | null;
  for (let i = 0; i < times; i++) record = afterFailure(record, start);
  return record;
}

describe("sign-in throttle policy", () => {
  it("allows the first attempts without a lock", () => {
    const record = fail(FREE_ATTEMPTS - 1);
    expect(secondsLocked(record, t0)).toBe(0);
  });

  it("locks on the fifth failure for 30 s, doubling after", () => {
    expect(secondsLocked(fail(FREE_ATTEMPTS), t0)).toBe(30);
    expect(secondsLocked(fail(FREE_ATTEMPTS + 1), t0)).toBe(60);
    expect(secondsLocked(fail(FREE_ATTEMPTS + 10), t0)).toBe(15 * 60);
  });

  it("counts down and then releases", () => {
    const record = fail(FREE_ATTEMPTS);
    expect(secondsLocked(record, at(10_500))).toBe(20);
    expect(secondsLocked(record, at(30_000))).toBe(0);
  });

  it("starts a new window after 15 minutes", () => {
    const record = fail(FREE_ATTEMPTS - 1);
    const next = afterFailure(record, at(WINDOW_MS + 1));
    expect(next.failures).toBe(1);
    expect(next.lockedUntil).toBeNull();
  });

  it("says how long to wait", () => {
    expect(tooManyAttemptsMessage(30)).toBe("Too many attempts. Try again in 30 s.");
  });
});
