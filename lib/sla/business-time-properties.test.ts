import { describe, expect, it } from "vitest";
import { ALWAYS_OPEN, type BusinessHours, type Interval, WEEKDAYS, WEEKDAYS_9_TO_5 } from "./business-hours";
import { addBusinessMillis, businessMillisBetween } from "./business-time";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEP = 15 * MINUTE;

// Every zone here has offsets and DST changes on a 15-minute grid, which the brute-force oracle relies on.
const ZONES = [
  "UTC",
  "Europe/London",
  "America/New_York",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "Australia/Lord_Howe",
  "America/St_Johns",
  "Pacific/Apia",
];

/** mulberry32: a tiny seeded generator, so every run checks the same cases and failures reproduce. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** Random valid hours on a 15-minute grid, including 24:00 ends and times that DST skips or repeats. */
function randomHours(random: () => number, from: number, days: number): BusinessHours {
  const day = (): Interval[] => {
    const marks = new Set<number>();
    const count = Math.floor(random() * 4) * 2;
    while (marks.size < count) marks.add(Math.floor(random() * 97) * 15);
    const sorted = [...marks].sort((a, b) => a - b);
    const intervals: Interval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      intervals.push({ start: clock(sorted[i] ?? 0), end: clock(sorted[i + 1] ?? 0) });
    }
    return intervals;
  };
  const holidays = Array.from({ length: Math.floor(random() * 3) }, () =>
    new Date(from + Math.floor(random() * days) * DAY).toISOString().slice(0, 10),
  );
  const hours: BusinessHours = {
    mon: day(),
    tue: day(),
    wed: day(),
    thu: day(),
    fri: day(),
    sat: day(),
    sun: day(),
    holidays,
  };
  // The schema refuses a schedule that never opens, so give an all-closed draw one open stretch.
  if (WEEKDAYS.some((weekday) => hours[weekday].length > 0)) return hours;
  return { ...hours, tue: [{ start: "02:00", end: "24:00" }] };
}

const oracleFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Brute force, sharing no code with the implementation: step through [from, to) in 15-minute steps and
 * ask Intl whether each step's local wall-clock time is open.
 */
function oracleBetween(from: number, to: number, hours: BusinessHours, zone: string): number {
  let formatter = oracleFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    oracleFormatters.set(zone, formatter);
  }
  let total = 0;
  for (let t = from; t < to; t += STEP) {
    const parts = Object.fromEntries(formatter.formatToParts(t).map((part) => [part.type, part.value]));
    const weekday = WEEKDAYS.find((name) => name === String(parts.weekday).toLowerCase());
    if (!weekday) throw new Error(`unexpected weekday ${String(parts.weekday)}`);
    if (hours.holidays?.includes(`${parts.year}-${parts.month}-${parts.day}`)) continue;
    const local = `${parts.hour}:${parts.minute}`;
    if (hours[weekday].some(({ start, end }) => start <= local && local < end)) total += STEP;
  }
  return total;
}

const SCHEDULES: readonly BusinessHours[] = [
  ALWAYS_OPEN,
  WEEKDAYS_9_TO_5,
  { ...WEEKDAYS_9_TO_5, holidays: ["2025-12-25", "2026-01-01", "2027-05-03"] },
  {
    ...WEEKDAYS_9_TO_5,
    mon: [
      { start: "09:00", end: "12:30" },
      { start: "13:15", end: "17:45" },
    ],
    sat: [{ start: "10:00", end: "14:00" }],
  },
  {
    mon: [{ start: "22:00", end: "24:00" }],
    tue: [{ start: "00:00", end: "06:00" }],
    wed: [],
    thu: [],
    fri: [{ start: "22:00", end: "24:00" }],
    sat: [{ start: "00:00", end: "24:00" }],
    sun: [{ start: "00:00", end: "03:30" }],
  },
];

const START = Date.parse("2020-01-01T00:00:00Z");
const SPAN = Date.parse("2030-01-01T00:00:00Z") - START;

describe("businessMillisBetween and addBusinessMillis agree", () => {
  it("round-trips: between(from, add(from, ms)) === ms, and add returns the earliest such instant", () => {
    const random = seededRandom(20_250_306);
    for (let i = 0; i < 2000; i++) {
      const from = new Date(START + Math.floor(random() * SPAN));
      const zone = pick(random, ZONES);
      const hours = pick(random, SCHEDULES);
      const ms = pick(random, [
        1,
        MINUTE,
        HOUR,
        Math.floor(random() * 8 * HOUR),
        Math.floor(random() * 400 * HOUR),
      ]);
      const dueAt = addBusinessMillis(from, ms, hours, zone);
      const context = `${from.toISOString()} + ${ms} ms in ${zone} on case ${i}`;
      expect(businessMillisBetween(from, dueAt, hours, zone), context).toBe(ms);
      expect(businessMillisBetween(from, new Date(dueAt.getTime() - 1), hours, zone), context).toBe(ms - 1);
    }
  });

  it("adds up: a 90-day span equals the sum of its day-long pieces, wherever it is cut", () => {
    const random = seededRandom(90);
    for (let i = 0; i < 40; i++) {
      const from = START + Math.floor(random() * SPAN);
      const to = from + 90 * DAY;
      const zone = pick(random, ZONES);
      const hours = pick(random, SCHEDULES);
      const whole = businessMillisBetween(new Date(from), new Date(to), hours, zone);

      let byDay = 0;
      for (let cut = from; cut < to; cut += DAY) {
        byDay += businessMillisBetween(new Date(cut), new Date(Math.min(cut + DAY, to)), hours, zone);
      }
      expect(byDay, `${new Date(from).toISOString()} in ${zone}`).toBe(whole);

      const cuts = [from, ...Array.from({ length: 20 }, () => from + Math.floor(random() * 90 * DAY)), to];
      cuts.sort((a, b) => a - b);
      let byRandomCuts = 0;
      for (let j = 1; j < cuts.length; j++) {
        byRandomCuts += businessMillisBetween(new Date(cuts[j - 1] ?? from), new Date(cuts[j] ?? to), hours, zone);
      }
      expect(byRandomCuts).toBe(whole);
    }
  });

  it("counts 64 working days of 8 hours in the first 90 days of 2026 in New York", () => {
    const from = new Date("2026-01-01T05:00:00Z");
    const to = new Date("2026-04-01T04:00:00Z");
    expect(businessMillisBetween(from, to, WEEKDAYS_9_TO_5, "America/New_York")).toBe(64 * 8 * HOUR);
  });
});

describe("businessMillisBetween matches a brute-force count", () => {
  it("on random schedules, zones and windows, DST days included", () => {
    const random = seededRandom(15);
    const dstDays = [
      "2025-03-09",
      "2025-03-30",
      "2025-04-05",
      "2025-09-27",
      "2025-10-04",
      "2025-10-26",
      "2025-11-02",
      "2011-12-29",
    ].map((day) => Date.parse(`${day}T00:00:00Z`));
    for (let i = 0; i < 120; i++) {
      const nearChange = i % 2 === 0;
      const anchor = nearChange ? pick(random, dstDays) - 2 * DAY : START + Math.floor(random() * SPAN);
      const from = Math.floor((anchor + random() * 2 * DAY) / STEP) * STEP;
      const to = from + Math.floor(random() * 5 * 96) * STEP;
      const zone = pick(random, ZONES);
      const hours = randomHours(random, from - DAY, 7);
      const range = `${new Date(from).toISOString()}..${new Date(to).toISOString()}`;
      const context = `${range} in ${zone}: ${JSON.stringify(hours)}`;
      expect(businessMillisBetween(new Date(from), new Date(to), hours, zone), context).toBe(
        oracleBetween(from, to, hours, zone),
      );
    }
  });
});
