import { describe, expect, it } from "vitest";
import { snoozeUntil, zonedInstant } from "./snooze-until";

describe("snoozeUntil", () => {
  const wednesdayNoonUtc = new Date("2026-12-02T12:00:00Z");

  it("adds hours for the short presets", () => {
    expect(snoozeUntil("1h", wednesdayNoonUtc, "Asia/Tokyo").toISOString()).toBe("2026-12-02T13:00:00.000Z");
    expect(snoozeUntil("3h", wednesdayNoonUtc, "UTC").toISOString()).toBe("2026-12-02T15:00:00.000Z");
  });

  it("wakes tomorrow at 9:00 in the client's zone", () => {
    expect(snoozeUntil("tomorrow", wednesdayNoonUtc, "Europe/London").toISOString()).toBe("2026-12-03T09:00:00.000Z");
    expect(snoozeUntil("tomorrow", wednesdayNoonUtc, "America/New_York").toISOString()).toBe("2026-12-03T14:00:00.000Z");
    // 21:00 in Tokyo: tomorrow there is Thursday 3 December.
    expect(snoozeUntil("tomorrow", wednesdayNoonUtc, "Asia/Tokyo").toISOString()).toBe("2026-12-03T00:00:00.000Z");
    // 01:00 on 3 December in Kiritimati (UTC+14) already: tomorrow is the 4th.
    expect(snoozeUntil("tomorrow", wednesdayNoonUtc, "Pacific/Kiritimati").toISOString()).toBe("2026-12-03T19:00:00.000Z");
  });

  it("crosses month ends and DST changes", () => {
    expect(snoozeUntil("tomorrow", new Date("2026-01-31T12:00:00Z"), "UTC").toISOString()).toBe("2026-02-01T09:00:00.000Z");
    // Europe moves to summer time on 29 March 2026: 9:00 that day is 07:00Z, the day before 08:00Z.
    expect(snoozeUntil("tomorrow", new Date("2026-03-28T12:00:00Z"), "Europe/Berlin").toISOString()).toBe("2026-03-29T07:00:00.000Z");
  });

  it("next week is Monday 9:00, a full week ahead when it is Monday already", () => {
    expect(snoozeUntil("next_week", wednesdayNoonUtc, "Europe/London").toISOString()).toBe("2026-12-07T09:00:00.000Z");
    expect(snoozeUntil("next_week", new Date("2026-12-07T08:00:00Z"), "Europe/London").toISOString()).toBe("2026-12-14T09:00:00.000Z");
    expect(snoozeUntil("next_week", new Date("2026-12-06T23:30:00Z"), "Asia/Tokyo").toISOString()).toBe("2026-12-14T00:00:00.000Z");
  });

  it("zonedInstant maps local wall-clock time to the instant", () => {
    expect(zonedInstant(2026, 7, 1, 9, 0, "America/Los_Angeles").toISOString()).toBe("2026-07-01T16:00:00.000Z");
    expect(zonedInstant(2026, 12, 1, 9, 30, "Asia/Kolkata").toISOString()).toBe("2026-12-01T04:00:00.000Z");
  });
});
