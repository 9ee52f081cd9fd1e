import { describe, expect, it } from "vitest";
import { ALWAYS_OPEN, type BusinessHours, WEEKDAYS_9_TO_5 } from "./business-hours";
import { addBusinessMillis, businessMillisBetween } from "./business-time";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const d = (iso: string): Date => new Date(iso);
const closedWeek = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

// 2025-01-06 is a Monday; UTC keeps the expected instants readable (zones get their own tests).
const between = (from: string, to: string, hours: BusinessHours = WEEKDAYS_9_TO_5, zone = "UTC"): number =>
  businessMillisBetween(d(from), d(to), hours, zone);
const add = (from: string, ms: number, hours: BusinessHours = WEEKDAYS_9_TO_5, zone = "UTC"): string =>
  addBusinessMillis(d(from), ms, hours, zone).toISOString();

const lunchBreak: BusinessHours = {
  ...WEEKDAYS_9_TO_5,
  mon: [
    { start: "09:00", end: "12:00" },
    { start: "13:00", end: "17:00" },
  ],
};

// Overnight support desk: Mon–Fri 22:00 to 06:00 the next morning, written with "24:00".
const nightShift: BusinessHours = {
  mon: [{ start: "22:00", end: "24:00" }],
  tue: [
    { start: "00:00", end: "06:00" },
    { start: "22:00", end: "24:00" },
  ],
  wed: [
    { start: "00:00", end: "06:00" },
    { start: "22:00", end: "24:00" },
  ],
  thu: [
    { start: "00:00", end: "06:00" },
    { start: "22:00", end: "24:00" },
  ],
  fri: [
    { start: "00:00", end: "06:00" },
    { start: "22:00", end: "24:00" },
  ],
  sat: [{ start: "00:00", end: "06:00" }],
  sun: [],
};

describe("businessMillisBetween", () => {
  it("counts open time within one day", () => {
    expect(between("2025-01-06T10:00:00Z", "2025-01-06T12:00:00Z")).toBe(2 * HOUR);
  });

  it("skips time before opening and after closing", () => {
    expect(between("2025-01-06T07:00:00Z", "2025-01-06T10:00:00Z")).toBe(HOUR);
    expect(between("2025-01-06T16:00:00Z", "2025-01-06T20:00:00Z")).toBe(HOUR);
    expect(between("2025-01-06T18:00:00Z", "2025-01-07T08:00:00Z")).toBe(0);
  });

  it("skips weekends", () => {
    expect(between("2025-01-10T16:00:00Z", "2025-01-13T10:00:00Z")).toBe(2 * HOUR);
    expect(between("2025-01-11T00:00:00Z", "2025-01-13T00:00:00Z")).toBe(0);
    expect(between("2025-01-06T00:00:00Z", "2025-01-13T00:00:00Z")).toBe(40 * HOUR);
  });

  it("treats [from, to) as half-open at the exact opening and closing instants", () => {
    expect(between("2025-01-06T09:00:00Z", "2025-01-06T17:00:00Z")).toBe(8 * HOUR);
    expect(between("2025-01-06T17:00:00Z", "2025-01-06T17:00:00.001Z")).toBe(0);
    expect(between("2025-01-06T16:59:59.999Z", "2025-01-06T17:00:00Z")).toBe(1);
    expect(between("2025-01-06T08:59:59.999Z", "2025-01-06T09:00:00Z")).toBe(0);
    expect(between("2025-01-06T08:59:59.999Z", "2025-01-06T09:00:00.001Z")).toBe(1);
  });

  it("is 0 when to is not after from", () => {
    expect(between("2025-01-06T12:00:00Z", "2025-01-06T12:00:00Z")).toBe(0);
    expect(between("2025-01-06T12:00:00Z", "2025-01-06T10:00:00Z")).toBe(0);
  });

  it("leaves out a lunch break", () => {
    expect(between("2025-01-06T11:00:00Z", "2025-01-06T14:00:00Z", lunchBreak)).toBe(2 * HOUR);
    expect(between("2025-01-06T12:00:00Z", "2025-01-06T13:00:00Z", lunchBreak)).toBe(0);
    expect(between("2025-01-06T00:00:00Z", "2025-01-07T00:00:00Z", lunchBreak)).toBe(7 * HOUR);
  });

  it("leaves out holidays, which are local dates", () => {
    const withHoliday = { ...WEEKDAYS_9_TO_5, holidays: ["2025-01-10"] };
    expect(between("2025-01-09T16:00:00Z", "2025-01-13T10:00:00Z", withHoliday)).toBe(2 * HOUR);
    // Christmas in New York runs 05:00Z on the 25th to 05:00Z on the 26th.
    const christmas = { ...ALWAYS_OPEN, holidays: ["2025-12-25"] };
    expect(between("2025-12-25T00:00:00Z", "2025-12-27T00:00:00Z", christmas, "America/New_York")).toBe(24 * HOUR);
    expect(between("2025-12-25T04:00:00Z", "2025-12-25T06:00:00Z", christmas, "America/New_York")).toBe(HOUR);
  });

  it("runs across midnight when one day ends at 24:00 and the next starts at 00:00", () => {
    expect(between("2025-01-06T23:00:00Z", "2025-01-07T01:00:00Z", nightShift)).toBe(2 * HOUR);
    expect(between("2025-01-06T00:00:00Z", "2025-01-13T00:00:00Z", nightShift)).toBe(40 * HOUR);
  });

  it("counts all elapsed time when always open", () => {
    expect(between("2025-01-06T10:00:00Z", "2025-03-06T10:00:00.123Z", ALWAYS_OPEN, "America/New_York")).toBe(
      d("2025-03-06T10:00:00.123Z").getTime() - d("2025-01-06T10:00:00Z").getTime(),
    );
  });

  it("is 0 on a schedule that never opens", () => {
    expect(between("2025-01-06T00:00:00Z", "2025-02-06T00:00:00Z", closedWeek)).toBe(0);
  });

  it("rejects invalid dates, unknown zones and hours the schema would reject", () => {
    expect(() => businessMillisBetween(d("nope"), d("2025-01-06T00:00:00Z"), WEEKDAYS_9_TO_5, "UTC")).toThrow(
      "from is an Invalid Date",
    );
    expect(() => between("2025-01-06T00:00:00Z", "2025-01-07T00:00:00Z", WEEKDAYS_9_TO_5, "Mars/Base")).toThrow(
      RangeError,
    );
    const overlapping = {
      ...closedWeek,
      mon: [
        { start: "09:00", end: "13:00" },
        { start: "12:00", end: "17:00" },
      ],
    };
    expect(() => between("2025-01-06T00:00:00Z", "2025-01-07T00:00:00Z", overlapping)).toThrow(
      "Unsorted or overlapping mon intervals",
    );
    const backwards = { ...closedWeek, tue: [{ start: "17:00", end: "09:00" }] };
    expect(() => between("2025-01-06T00:00:00Z", "2025-01-07T00:00:00Z", backwards)).toThrow(
      "Invalid tue interval 17:00–09:00",
    );
  });
});

describe("addBusinessMillis", () => {
  it("adds within open hours", () => {
    expect(add("2025-01-06T10:00:00Z", HOUR)).toBe("2025-01-06T11:00:00.000Z");
  });

  it("starts counting at the next opening when from is closed", () => {
    expect(add("2025-01-06T07:00:00Z", HOUR)).toBe("2025-01-06T10:00:00.000Z");
    expect(add("2025-01-06T20:00:00Z", HOUR)).toBe("2025-01-07T10:00:00.000Z");
    expect(add("2025-01-11T12:00:00Z", 1)).toBe("2025-01-13T09:00:00.001Z");
  });

  it("carries what is left over to the next open day", () => {
    expect(add("2025-01-06T16:30:00Z", HOUR)).toBe("2025-01-07T09:30:00.000Z");
    expect(add("2025-01-06T09:00:00Z", 5 * 8 * HOUR)).toBe("2025-01-10T17:00:00.000Z");
    expect(add("2025-01-06T09:00:00Z", 5 * 8 * HOUR + 1)).toBe("2025-01-13T09:00:00.001Z");
  });

  it("makes an SLA for a mention received on Friday evening due on Monday", () => {
    expect(add("2025-01-10T19:45:00Z", 2 * HOUR)).toBe("2025-01-13T11:00:00.000Z");
  });

  it("ends at closing time, not the next opening, when the budget runs out exactly at close", () => {
    expect(add("2025-01-10T16:00:00Z", HOUR)).toBe("2025-01-10T17:00:00.000Z");
  });

  it("returns from itself for 0 ms, open or closed", () => {
    expect(add("2025-01-06T10:00:00Z", 0)).toBe("2025-01-06T10:00:00.000Z");
    expect(add("2025-01-11T12:00:00Z", 0)).toBe("2025-01-11T12:00:00.000Z");
  });

  it("skips a lunch break", () => {
    expect(add("2025-01-06T11:30:00Z", HOUR, lunchBreak)).toBe("2025-01-06T13:30:00.000Z");
    expect(add("2025-01-06T12:30:00Z", 30 * MINUTE, lunchBreak)).toBe("2025-01-06T13:30:00.000Z");
    expect(add("2025-01-06T11:00:00Z", HOUR, lunchBreak)).toBe("2025-01-06T12:00:00.000Z");
  });

  it("skips holidays", () => {
    const withHoliday = { ...WEEKDAYS_9_TO_5, holidays: ["2025-01-10", "2025-01-13"] };
    expect(add("2025-01-09T16:30:00Z", HOUR, withHoliday)).toBe("2025-01-14T09:30:00.000Z");
  });

  it("runs across midnight on an overnight schedule", () => {
    expect(add("2025-01-06T23:30:00Z", HOUR, nightShift)).toBe("2025-01-07T00:30:00.000Z");
    expect(add("2025-01-11T05:00:00Z", 2 * HOUR, nightShift)).toBe("2025-01-13T23:00:00.000Z");
  });

  it("just adds when always open", () => {
    expect(add("2025-03-08T12:34:56.789Z", 90 * 24 * HOUR, ALWAYS_OPEN, "Europe/London")).toBe(
      "2025-06-06T12:34:56.789Z",
    );
  });

  it("throws a clear error when the schedule never opens, instead of returning a sentinel", () => {
    expect(() => add("2025-01-06T10:00:00Z", HOUR, closedWeek)).toThrow(
      "Business hours are never open, so no amount of business time can elapse",
    );
  });

  it("gives up when holidays keep the schedule closed for about ten years", () => {
    const mondaysOnly = { ...closedWeek, mon: [{ start: "09:00", end: "17:00" }] };
    const everyMonday = Array.from({ length: 600 }, (_, week) =>
      new Date(Date.UTC(2025, 0, 6 + 7 * week)).toISOString().slice(0, 10),
    );
    expect(() => add("2025-01-01T00:00:00Z", HOUR, { ...mondaysOnly, holidays: everyMonday })).toThrow(
      "No open business time in 3660 days after 2025-01-01T00:00:00.000Z",
    );
  });

  it("rejects negative, fractional and non-finite amounts and invalid dates", () => {
    for (const ms of [-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => add("2025-01-06T10:00:00Z", ms), String(ms)).toThrow(RangeError);
    }
    expect(() => addBusinessMillis(d("nope"), HOUR, WEEKDAYS_9_TO_5, "UTC")).toThrow("from is an Invalid Date");
  });
});

describe("speed", () => {
  it("computes 10,000 SLA deadlines in well under 2 s", () => {
    const started = performance.now();
    const base = d("2025-01-01T00:00:00Z").getTime();
    for (let i = 0; i < 10_000; i++) {
      // Spread over ~2 years so the offset cache does not make every call a hit.
      addBusinessMillis(new Date(base + i * 6_311_000), 4 * HOUR, WEEKDAYS_9_TO_5, "America/New_York");
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("measures 90-day spans quickly", () => {
    const started = performance.now();
    for (let i = 0; i < 1000; i++) {
      const from = new Date(Date.UTC(2026, 0, 1 + i));
      businessMillisBetween(from, new Date(from.getTime() + 90 * 24 * HOUR), WEEKDAYS_9_TO_5, "Pacific/Chatham");
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
