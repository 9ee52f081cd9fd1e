import * as z from "zod";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MINUTES_PER_DAY = 1440;

// "24:00" is allowed only as an end so that an evening interval can run to midnight and meet the next day's
// "00:00" (the only way to express overnight hours, because an interval never wraps past midnight).
const CLOCK_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after local midnight (0..1440) of an "HH:MM" time, or undefined when it is not one. */
export function parseClockTime(value: string): number | undefined {
  const match = CLOCK_TIME.exec(value);
  if (!match) return undefined;
  if (match[1] === undefined || match[2] === undefined) return MINUTES_PER_DAY;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" calendar date, or undefined when it is not a real date. */
export function parseLocalDate(value: string): number | undefined {
  const match = LOCAL_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to the 1900s.
  date.setUTCFullYear(year, month - 1, day);
  // Date rolls 2025-02-30 over to March; a round trip that changes the date means it does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(date.getTime() / 86_400_000);
}

const clockTimeSchema = z.string().refine((value) => parseClockTime(value) !== undefined, {
  error: (issue) => `Expected a 24-hour time "HH:MM" from "00:00" to "24:00", got ${JSON.stringify(issue.input)}`,
});

export const intervalSchema = z.strictObject({ start: clockTimeSchema, end: clockTimeSchema }).check((ctx) => {
  const start = parseClockTime(ctx.value.start);
  const end = parseClockTime(ctx.value.end);
  if (start === undefined || end === undefined || start < end) return;
  ctx.issues.push({
    code: "custom",
    input: ctx.value,
    path: ["end"],
    message:
      `Interval must end after it starts, got ${ctx.value.start}–${ctx.value.end}; ` +
      `split overnight hours into "…–24:00" on one day and "00:00–…" on the next`,
  });
});
export type Interval = z.infer<typeof intervalSchema>;

const daySchema = z.array(intervalSchema).check((ctx) => {
  ctx.value.forEach((interval, index) => {
    const previous = ctx.value[index - 1];
    if (!previous) return;
    const previousStart = parseClockTime(previous.start);
    const previousEnd = parseClockTime(previous.end);
    const start = parseClockTime(interval.start);
    if (previousStart === undefined || previousEnd === undefined || start === undefined) return;
    const shown = `${interval.start}–${interval.end}`;
    const previousShown = `${previous.start}–${previous.end}`;
    if (start < previousStart) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: [index, "start"],
        message: `Intervals must be in time order: ${shown} comes after ${previousShown}`,
      });
    } else if (start < previousEnd) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: [index, "start"],
        message: `Intervals must not overlap: ${shown} starts before ${previousShown} ends`,
      });
    }
  });
});

const holidaySchema = z.string().refine((value) => parseLocalDate(value) !== undefined, {
  error: (issue) => `Expected a holiday as a real date "YYYY-MM-DD", got ${JSON.stringify(issue.input)}`,
});

/**
 * A client's weekly opening hours in its own local time, as stored (JSON) on the client.
 * Each weekday lists sorted, non-overlapping [start, end) intervals; an empty list means closed that day.
 * `holidays` are local dates that are closed all day.
 */
export const businessHoursSchema = z
  .strictObject({
    mon: daySchema,
    tue: daySchema,
    wed: daySchema,
    thu: daySchema,
    fri: daySchema,
    sat: daySchema,
    sun: daySchema,
    holidays: z.array(holidaySchema).optional(),
  })
  .check((ctx) => {
    // A schedule that never opens would make every SLA deadline unreachable, so it is refused up front.
    if (WEEKDAYS.some((weekday) => ctx.value[weekday].length > 0)) return;
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      path: [],
      message: "Business hours must be open at least once a week, or no SLA could ever come due",
    });
  });
export type BusinessHours = z.infer<typeof businessHoursSchema>;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    const children: unknown[] = Object.values(value);
    for (const child of children) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const allDay = (): Interval[] => [{ start: "00:00", end: "24:00" }];
const nineToFive = (): Interval[] => [{ start: "09:00", end: "17:00" }];

export const ALWAYS_OPEN: BusinessHours = deepFreeze({
  mon: allDay(),
  tue: allDay(),
  wed: allDay(),
  thu: allDay(),
  fri: allDay(),
  sat: allDay(),
  sun: allDay(),
});

export const WEEKDAYS_9_TO_5: BusinessHours = deepFreeze({
  mon: nineToFive(),
  tue: nineToFive(),
  wed: nineToFive(),
  thu: nineToFive(),
  fri: nineToFive(),
  sat: [],
  sun: [],
});

/** True for IANA zone names (and aliases such as "UTC" or "Asia/Calcutta") that this runtime's Intl knows. */
export function isValidTimeZone(timeZone: string): boolean {
  // Newer engines also accept fixed offsets like "+05:30"; those ignore DST, so a client must pick a named zone.
  if (!/^[A-Za-z]/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().refine(isValidTimeZone, {
  error: (issue) => `Unknown time zone ${JSON.stringify(issue.input)}; use an IANA name such as "Europe/London"`,
});
