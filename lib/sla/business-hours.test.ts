import { describe, expect, it } from "vitest";
import {
  ALWAYS_OPEN,
  type BusinessHours,
  businessHoursSchema,
  isValidTimeZone,
  parseClockTime,
  parseLocalDate,
  timeZoneSchema,
  WEEKDAYS_9_TO_5,
} from "./business-hours";

const closedWeek = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

function issuesOf(input: unknown): { path: PropertyKey[]; message: string }[] {
  const result = businessHoursSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe("parseClockTime", () => {
  it("reads HH:MM as minutes after midnight, with 24:00 as the end of the day", () => {
    expect(parseClockTime("00:00")).toBe(0);
    expect(parseClockTime("09:30")).toBe(570);
    expect(parseClockTime("23:59")).toBe(1439);
    expect(parseClockTime("24:00")).toBe(1440);
  });

  it("rejects anything else", () => {
    for (const bad of ["9:00", "24:01", "25:00", "12:60", "12:5", "", "12:00:00", " 09:00", "ab:cd"]) {
      expect(parseClockTime(bad), bad).toBeUndefined();
    }
  });
});

describe("parseLocalDate", () => {
  it("gives days since 1970-01-01", () => {
    expect(parseLocalDate("1970-01-01")).toBe(0);
    expect(parseLocalDate("2025-01-06")).toBe(20_094);
    expect(parseLocalDate("2024-02-29")).toBe(19_782);
    expect(parseLocalDate("1969-12-31")).toBe(-1);
  });

  it("rejects dates that do not exist and other shapes", () => {
    for (const bad of ["2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "2025-1-01", "25-01-01", "2025/01/01"]) {
      expect(parseLocalDate(bad), bad).toBeUndefined();
    }
  });
});

describe("businessHoursSchema", () => {
  it("accepts the built-in schedules", () => {
    expect(businessHoursSchema.parse(ALWAYS_OPEN)).toEqual(ALWAYS_OPEN);
    expect(businessHoursSchema.parse(WEEKDAYS_9_TO_5)).toEqual(WEEKDAYS_9_TO_5);
  });

  it("accepts a lunch break, touching intervals, 24:00 ends and holidays", () => {
    const hours: BusinessHours = {
      ...closedWeek,
      mon: [
        { start: "09:00", end: "12:00" },
        { start: "13:00", end: "17:00" },
      ],
      tue: [
        { start: "00:00", end: "06:00" },
        { start: "06:00", end: "12:00" },
        { start: "22:00", end: "24:00" },
      ],
      holidays: ["2025-12-25", "2024-02-29"],
    };
    expect(businessHoursSchema.parse(hours)).toEqual(hours);
  });

  it("explains malformed times", () => {
    expect(issuesOf({ ...closedWeek, mon: [{ start: "9:00", end: "17:00" }] })).toEqual([
      { path: ["mon", 0, "start"], message: 'Expected a 24-hour time "HH:MM" from "00:00" to "24:00", got "9:00"' },
    ]);
    expect(issuesOf({ ...closedWeek, fri: [{ start: "09:00", end: "24:30" }] })).toEqual([
      { path: ["fri", 0, "end"], message: 'Expected a 24-hour time "HH:MM" from "00:00" to "24:00", got "24:30"' },
    ]);
  });

  it("explains an interval that ends before it starts, pointing at overnight splitting", () => {
    expect(issuesOf({ ...closedWeek, tue: [{ start: "22:00", end: "06:00" }] })).toEqual([
      {
        path: ["tue", 0, "end"],
        message:
          'Interval must end after it starts, got 22:00–06:00; split overnight hours into "…–24:00" on one day ' +
          'and "00:00–…" on the next',
      },
    ]);
    expect(issuesOf({ ...closedWeek, tue: [{ start: "09:00", end: "09:00" }] })[0]?.path).toEqual(["tue", 0, "end"]);
    expect(issuesOf({ ...closedWeek, tue: [{ start: "24:00", end: "24:00" }] })[0]?.path).toEqual(["tue", 0, "end"]);
  });

  it("explains intervals out of order", () => {
    const wed = [
      { start: "13:00", end: "17:00" },
      { start: "09:00", end: "12:00" },
    ];
    expect(issuesOf({ ...closedWeek, wed })).toEqual([
      { path: ["wed", 1, "start"], message: "Intervals must be in time order: 09:00–12:00 comes after 13:00–17:00" },
    ]);
  });

  it("explains overlapping intervals", () => {
    const thu = [
      { start: "09:00", end: "13:00" },
      { start: "12:00", end: "17:00" },
    ];
    expect(issuesOf({ ...closedWeek, thu })).toEqual([
      { path: ["thu", 1, "start"], message: "Intervals must not overlap: 12:00–17:00 starts before 09:00–13:00 ends" },
    ]);
  });

  it("explains bad holidays", () => {
    expect(issuesOf({ ...WEEKDAYS_9_TO_5, holidays: ["2025-12-25", "2025-02-30", "25/12/2025"] })).toEqual([
      { path: ["holidays", 1], message: 'Expected a holiday as a real date "YYYY-MM-DD", got "2025-02-30"' },
      { path: ["holidays", 2], message: 'Expected a holiday as a real date "YYYY-MM-DD", got "25/12/2025"' },
    ]);
  });

  it("refuses a schedule that is never open", () => {
    expect(issuesOf(closedWeek)).toEqual([
      { path: [], message: "Business hours must be open at least once a week, or no SLA could ever come due" },
    ]);
  });

  it("refuses missing weekdays, unknown keys and wrong types", () => {
    const { sun: _sun, ...withoutSunday } = WEEKDAYS_9_TO_5;
    expect(issuesOf(withoutSunday).map((issue) => issue.path)).toEqual([["sun"]]);
    expect(issuesOf({ ...WEEKDAYS_9_TO_5, monday: [] })).toEqual([{ path: [], message: 'Unrecognized key: "monday"' }]);
    expect(issuesOf({ ...WEEKDAYS_9_TO_5, mon: [{ start: "09:00", end: "17:00", note: "x" }] })[0]?.path).toEqual([
      "mon",
      0,
    ]);
    expect(issuesOf(null)).toHaveLength(1);
    expect(issuesOf({ ...WEEKDAYS_9_TO_5, mon: "09:00-17:00" })[0]?.path).toEqual(["mon"]);
  });
});

describe("built-in schedules", () => {
  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(ALWAYS_OPEN)).toBe(true);
    expect(Object.isFrozen(WEEKDAYS_9_TO_5.mon)).toBe(true);
    expect(Object.isFrozen(WEEKDAYS_9_TO_5.mon[0])).toBe(true);
  });
});

describe("time zones", () => {
  it("accepts IANA names and the aliases Intl knows", () => {
    const zones = ["Europe/London", "America/New_York", "Asia/Kolkata", "Asia/Calcutta", "Pacific/Chatham", "UTC"];
    for (const zone of zones) {
      expect(isValidTimeZone(zone), zone).toBe(true);
      expect(timeZoneSchema.parse(zone)).toBe(zone);
    }
  });

  it("rejects unknown names, fixed offsets and empty strings", () => {
    for (const zone of ["Mars/Olympus_Mons", "", "+05:30", "-0800", "Europe/"]) {
      expect(isValidTimeZone(zone), zone).toBe(false);
    }
    const result = timeZoneSchema.safeParse("Europe/Londn");
    expect(result.error?.issues[0]?.message).toBe(
      'Unknown time zone "Europe/Londn"; use an IANA name such as "Europe/London"',
    );
  });
});
