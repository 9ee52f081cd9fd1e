import { describe, expect, it } from "vitest";
import { addMonths, daysOf, formatMonth, localDate, monthAt, monthLabel, monthSpan, parseMonth, startOfLocalDay } from "./month";

describe("months", () => {
  it("parses only real YYYY-MM months", () => {
    expect(parseMonth("2026-10")).toEqual({ year: 2026, month: 10 });
    for (const bad of ["2026-13", "2026-1", "26-10", "2026-10-01", "", null, undefined, "1999-12"]) expect(parseMonth(bad)).toBeNull();
  });

  it("steps across years and knows leap Februaries", () => {
    expect(formatMonth(addMonths({ year: 2026, month: 12 }, 1))).toBe("2027-01");
    expect(formatMonth(addMonths({ year: 2026, month: 1 }, -1))).toBe("2025-12");
    expect(daysOf({ year: 2028, month: 2 })).toHaveLength(29);
    expect(daysOf({ year: 2026, month: 2 }).at(-1)).toBe("2026-02-28");
    expect(monthLabel({ year: 2026, month: 10 })).toBe("October 2026");
  });

  it("tells a client's month by its own clock", () => {
    const instant = new Date("2026-10-31T23:30:00Z");
    expect(formatMonth(monthAt(instant, "UTC"))).toBe("2026-10");
    expect(formatMonth(monthAt(instant, "Europe/Berlin"))).toBe("2026-11"); // 00:30 on 1 November
    expect(formatMonth(monthAt(instant, "Pacific/Honolulu"))).toBe("2026-10");
    expect(localDate(new Date("2026-03-01T10:59:00Z"), "Pacific/Auckland")).toBe("2026-03-01");
  });

  it("spans a month from local midnight to local midnight, through DST changes", () => {
    // London leaves summer time on 25 October 2026: the month starts at BST midnight, ends at GMT midnight.
    expect(monthSpan({ year: 2026, month: 10 }, "Europe/London")).toEqual({ from: new Date("2026-09-30T23:00:00Z"), to: new Date("2026-11-01T00:00:00Z") });
    expect(monthSpan({ year: 2026, month: 3 }, "America/New_York")).toEqual({ from: new Date("2026-03-01T05:00:00Z"), to: new Date("2026-04-01T04:00:00Z") });
    expect(startOfLocalDay("2026-04-05", "Australia/Sydney")).toEqual(new Date("2026-04-04T13:00:00Z"));
  });

  it("starts a day at its first moment where midnight does not exist", () => {
    // Santiago springs forward at midnight: 6 September 2026 begins at 01:00 local (04:00 UTC).
    const start = startOfLocalDay("2026-09-06", "America/Santiago");
    expect(localDate(start, "America/Santiago")).toBe("2026-09-06");
    expect(localDate(new Date(start.getTime() - 1), "America/Santiago")).toBe("2026-09-05");
  });
});
