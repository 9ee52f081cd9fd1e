import { describe, expect, it } from "vitest";
import { type BusinessHours, WEEKDAYS_9_TO_5 } from "@/lib/sla/business-hours";
import { businessMillisBetween } from "@/lib/sla/business-time";
import { createBusinessClock } from "./business-clock";

const HOUR = 3_600_000;
const SPLIT_DAY: BusinessHours = {
  mon: [{ start: "08:30", end: "12:00" }, { start: "13:00", end: "18:00" }],
  tue: [{ start: "08:30", end: "12:00" }, { start: "13:00", end: "18:00" }],
  wed: [{ start: "08:30", end: "12:00" }],
  thu: [{ start: "08:30", end: "12:00" }, { start: "13:00", end: "18:00" }],
  fri: [{ start: "08:30", end: "16:00" }],
  sat: [{ start: "10:00", end: "14:00" }],
  sun: [],
  holidays: ["2026-03-30", "2026-11-02"],
};

// A small deterministic generator: the same pairs on every run.
function* pairs(from: number, span: number, count: number) {
  let x = 123456789;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < count; i++) {
    const a = from + Math.floor(next() * span);
    yield [a, a + Math.floor(next() * 4 * 86_400_000)] as const;
  }
}

describe("createBusinessClock", () => {
  // Windows that cross weekends, holidays and a DST change in each zone.
  const cases: [string, BusinessHours, string, string][] = [
    ["Europe/London", WEEKDAYS_9_TO_5, "2026-03-20T00:00:00Z", "2026-04-10T00:00:00Z"],
    ["America/New_York", SPLIT_DAY, "2026-10-25T00:00:00Z", "2026-11-15T00:00:00Z"],
    ["Asia/Tokyo", SPLIT_DAY, "2026-03-25T00:00:00Z", "2026-04-05T00:00:00Z"],
    ["Australia/Sydney", WEEKDAYS_9_TO_5, "2026-03-28T00:00:00Z", "2026-04-12T00:00:00Z"],
  ];
  for (const [zone, hours, fromIso, toIso] of cases) {
    it(`agrees with lib/sla to the millisecond in ${zone}`, () => {
      const from = Date.parse(fromIso);
      const to = Date.parse(toIso);
      const clock = createBusinessClock(hours, zone, from, to + 5 * 86_400_000);
      for (const [a, b] of pairs(from, to - from, 300)) {
        expect(clock.between(a, b)).toBe(businessMillisBetween(new Date(a), new Date(b), hours, zone));
      }
    });
  }

  it("counts nothing over a weekend and resumes on Monday", () => {
    const clock = createBusinessClock(WEEKDAYS_9_TO_5, "UTC", Date.parse("2026-03-06T00:00:00Z"), Date.parse("2026-03-10T00:00:00Z"));
    // Friday 16:30 to Monday 09:30: half an hour on Friday, half an hour on Monday.
    expect(clock.between(Date.parse("2026-03-06T16:30:00Z"), Date.parse("2026-03-09T09:30:00Z"))).toBe(HOUR);
    expect(clock.between(Date.parse("2026-03-07T10:00:00Z"), Date.parse("2026-03-08T18:00:00Z"))).toBe(0);
  });

  it("falls back to lib/sla outside its window and answers 0 for reversed spans", () => {
    const clock = createBusinessClock(WEEKDAYS_9_TO_5, "UTC", Date.parse("2026-03-09T00:00:00Z"), Date.parse("2026-03-10T00:00:00Z"));
    const a = Date.parse("2026-03-02T09:00:00Z");
    const b = Date.parse("2026-03-09T12:00:00Z");
    expect(clock.between(a, b)).toBe(businessMillisBetween(new Date(a), new Date(b), WEEKDAYS_9_TO_5, "UTC"));
    expect(clock.between(b, a)).toBe(0);
  });
});
