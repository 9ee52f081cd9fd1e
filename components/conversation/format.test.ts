import { describe, expect, it } from "vitest";
import { duration, timeAgo } from "./format";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("duration", () => {
  it("counts whole units, as timeAgo does, so a header and its post agree", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    const posted = new Date(now.getTime() - 6.7 * DAY);
    expect(timeAgo(posted, now)).toBe("6 d ago");
    expect(duration(now.getTime() - posted.getTime())).toBe("6 d");
    expect(duration(1.9 * HOUR)).toBe("1 h");
    expect(duration(59.9 * MINUTE)).toBe("59 min");
  });

  it("never says 0: under a minute is 1 min, in either direction", () => {
    expect(duration(10_000)).toBe("1 min");
    expect(duration(-10_000)).toBe("1 min");
  });
});
