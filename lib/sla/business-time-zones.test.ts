import { describe, expect, it } from "vitest";
import { ALWAYS_OPEN, type BusinessHours, WEEKDAYS_9_TO_5 } from "./business-hours";
import { addBusinessMillis, businessMillisBetween } from "./business-time";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const d = (iso: string): Date => new Date(iso);
const closedWeek = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const sundays = (start: string, end: string): BusinessHours => ({ ...closedWeek, sun: [{ start, end }] });

const between = (from: string, to: string, hours: BusinessHours, zone: string): number =>
  businessMillisBetween(d(from), d(to), hours, zone);
const add = (from: string, ms: number, hours: BusinessHours, zone: string): string =>
  addBusinessMillis(d(from), ms, hours, zone).toISOString();

// 2025 changes: London 30 Mar / 26 Oct at 01:00Z; New York 9 Mar at 07:00Z / 2 Nov at 06:00Z.
// Local times skipped at spring-forward are never open; local times repeated at fall-back are open twice.
describe("Europe/London DST", () => {
  it("has a 23-hour Sunday in spring and a 25-hour Sunday in autumn", () => {
    const allSunday = sundays("00:00", "24:00");
    expect(between("2025-03-24T00:00:00Z", "2025-04-01T00:00:00Z", allSunday, "Europe/London")).toBe(23 * HOUR);
    expect(between("2025-10-20T00:00:00Z", "2025-10-28T00:00:00Z", allSunday, "Europe/London")).toBe(25 * HOUR);
  });

  it("never opens during the skipped hour", () => {
    // 00:30–01:00 GMT, then the clock jumps from 01:00 to 02:00, then 02:00–03:00 BST.
    expect(between("2025-03-29T00:00:00Z", "2025-03-31T00:00:00Z", sundays("00:30", "03:00"), "Europe/London")).toBe(
      90 * MINUTE,
    );
    expect(between("2025-03-29T00:00:00Z", "2025-03-31T00:00:00Z", sundays("01:00", "02:00"), "Europe/London")).toBe(0);
  });

  it("opens an interval that starts at a skipped time when the clock jumps past it", () => {
    const hours = sundays("01:30", "03:00");
    expect(add("2025-03-30T00:00:00Z", 1, hours, "Europe/London")).toBe("2025-03-30T01:00:00.001Z");
    expect(between("2025-03-30T00:00:00Z", "2025-03-31T00:00:00Z", hours, "Europe/London")).toBe(HOUR);
  });

  it("opens the repeated hour twice", () => {
    const hours = sundays("01:00", "02:00");
    expect(between("2025-10-25T00:00:00Z", "2025-10-27T00:00:00Z", hours, "Europe/London")).toBe(2 * HOUR);
    expect(add("2025-10-26T00:00:00Z", 90 * MINUTE, hours, "Europe/London")).toBe("2025-10-26T01:30:00.000Z");
    expect(between("2025-10-25T00:00:00Z", "2025-10-27T00:00:00Z", sundays("00:00", "03:00"), "Europe/London")).toBe(
      4 * HOUR,
    );
  });

  it("keeps 9 to 5 on the local clock on both sides of the change", () => {
    // Friday 16:00 GMT (16:00Z) + 2 h: one hour on Friday, one from Monday 09:00 BST (08:00Z).
    expect(add("2025-03-28T16:00:00Z", 2 * HOUR, WEEKDAYS_9_TO_5, "Europe/London")).toBe("2025-03-31T09:00:00.000Z");
    // Friday 16:00 BST (15:00Z) + 2 h: one hour on Friday, one from Monday 09:00 GMT (09:00Z).
    expect(add("2025-10-24T15:00:00Z", 2 * HOUR, WEEKDAYS_9_TO_5, "Europe/London")).toBe("2025-10-27T10:00:00.000Z");
  });
});

describe("America/New_York DST", () => {
  it("shortens a Sunday interval across spring-forward and lengthens it across fall-back", () => {
    const hours = sundays("01:00", "04:00");
    // 01:00 EST (06:00Z) to 04:00 EDT (08:00Z).
    expect(between("2025-03-08T00:00:00Z", "2025-03-10T00:00:00Z", hours, "America/New_York")).toBe(2 * HOUR);
    // 01:00 EDT (05:00Z) to 04:00 EST (09:00Z).
    expect(between("2025-11-01T00:00:00Z", "2025-11-03T00:00:00Z", hours, "America/New_York")).toBe(4 * HOUR);
  });

  it("opens at 03:00 EDT when the interval starts at the skipped 02:30", () => {
    const hours = sundays("02:30", "05:00");
    expect(add("2025-03-09T00:00:00Z", 1, hours, "America/New_York")).toBe("2025-03-09T07:00:00.001Z");
    expect(between("2025-03-09T00:00:00Z", "2025-03-10T00:00:00Z", hours, "America/New_York")).toBe(2 * HOUR);
  });

  it("counts the repeated 01:00–02:00 twice", () => {
    const hours = sundays("01:00", "02:00");
    expect(between("2025-11-02T00:00:00Z", "2025-11-03T00:00:00Z", hours, "America/New_York")).toBe(2 * HOUR);
    expect(add("2025-11-02T00:00:00Z", 2 * HOUR, hours, "America/New_York")).toBe("2025-11-02T07:00:00.000Z");
  });

  it("makes a Friday-evening SLA due on Monday morning across both changes", () => {
    // Friday 16:30 EST + 1 h → Monday 09:30 EDT.
    expect(add("2025-03-07T21:30:00Z", HOUR, WEEKDAYS_9_TO_5, "America/New_York")).toBe("2025-03-10T13:30:00.000Z");
    // Friday 16:30 EDT + 1 h → Monday 09:30 EST.
    expect(add("2025-10-31T20:30:00Z", HOUR, WEEKDAYS_9_TO_5, "America/New_York")).toBe("2025-11-03T14:30:00.000Z");
    // Friday 00:00 EST to Tuesday 00:00 EDT holds Friday and Monday.
    expect(between("2025-03-07T05:00:00Z", "2025-03-11T04:00:00Z", WEEKDAYS_9_TO_5, "America/New_York")).toBe(
      16 * HOUR,
    );
  });

  it("counts exactly the elapsed time across a change when always open", () => {
    expect(between("2025-03-09T06:00:00Z", "2025-03-09T08:00:00Z", ALWAYS_OPEN, "America/New_York")).toBe(2 * HOUR);
    expect(between("2025-11-02T05:00:00Z", "2025-11-02T07:00:00Z", ALWAYS_OPEN, "America/New_York")).toBe(2 * HOUR);
  });
});

describe("zones whose offsets are not whole hours", () => {
  it("opens 9 to 5 IST in Asia/Kolkata (+05:30), which is 03:30Z to 11:30Z", () => {
    expect(between("2025-06-02T00:00:00Z", "2025-06-03T00:00:00Z", WEEKDAYS_9_TO_5, "Asia/Kolkata")).toBe(8 * HOUR);
    expect(between("2025-06-02T03:29:00Z", "2025-06-02T03:31:00Z", WEEKDAYS_9_TO_5, "Asia/Kolkata")).toBe(MINUTE);
    expect(add("2025-06-02T00:00:00Z", HOUR, WEEKDAYS_9_TO_5, "Asia/Kolkata")).toBe("2025-06-02T04:30:00.000Z");
    // Friday 16:30 IST + 1 h → Monday 09:30 IST.
    expect(add("2025-06-06T11:00:00Z", HOUR, WEEKDAYS_9_TO_5, "Asia/Kolkata")).toBe("2025-06-09T04:00:00.000Z");
  });

  it("opens 9 to 5 in Asia/Kathmandu (+05:45)", () => {
    expect(add("2025-06-02T03:00:00Z", 30 * MINUTE, WEEKDAYS_9_TO_5, "Asia/Kathmandu")).toBe(
      "2025-06-02T03:45:00.000Z",
    );
  });

  it("handles Pacific/Chatham (+12:45, +13:45 in summer), where Monday starts on Sunday UTC", () => {
    // Monday 08:00 local in June is Sunday 19:15Z; it opens at 09:00 (20:15Z).
    expect(add("2025-06-01T19:15:00Z", 30 * MINUTE, WEEKDAYS_9_TO_5, "Pacific/Chatham")).toBe(
      "2025-06-01T20:45:00.000Z",
    );
    // Monday 09:00 local in January is Sunday 19:15Z.
    expect(add("2025-01-05T12:00:00Z", 30 * MINUTE, WEEKDAYS_9_TO_5, "Pacific/Chatham")).toBe(
      "2025-01-05T19:45:00.000Z",
    );
  });

  it("has a 25-hour and a 23-hour Sunday in Pacific/Chatham, whose clocks change at 02:45 local", () => {
    const allSunday = sundays("00:00", "24:00");
    expect(between("2025-04-01T00:00:00Z", "2025-04-08T00:00:00Z", allSunday, "Pacific/Chatham")).toBe(25 * HOUR);
    expect(between("2025-09-24T00:00:00Z", "2025-10-01T00:00:00Z", allSunday, "Pacific/Chatham")).toBe(23 * HOUR);
    const changingHour = sundays("02:45", "03:45");
    expect(between("2025-04-01T00:00:00Z", "2025-04-08T00:00:00Z", changingHour, "Pacific/Chatham")).toBe(2 * HOUR);
    expect(between("2025-09-24T00:00:00Z", "2025-10-01T00:00:00Z", changingHour, "Pacific/Chatham")).toBe(0);
  });

  it("has a 23.5-hour Sunday in Australia/Lord_Howe, whose DST shift is half an hour", () => {
    const allSunday = sundays("00:00", "24:00");
    expect(between("2025-09-29T00:00:00Z", "2025-10-07T00:00:00Z", allSunday, "Australia/Lord_Howe")).toBe(
      23.5 * HOUR,
    );
  });

  it("never opens on the Friday Samoa skipped in 2011", () => {
    const fridays = { ...closedWeek, fri: [{ start: "00:00", end: "24:00" }] };
    expect(between("2011-12-26T00:00:00Z", "2012-01-03T00:00:00Z", fridays, "Pacific/Apia")).toBe(0);
  });
});
