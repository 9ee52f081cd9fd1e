import { offsetAt } from "@/lib/sla/list-offset-pieces";

/** A calendar month of a client: its days are the client's local dates. */
export type Month = { year: number; month: number };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const LABEL = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

/** "2026-10" → { year: 2026, month: 10 }; anything else (or a year outside 2000–2999) → null. */
export function parseMonth(value: string | null | undefined): Month | null {
  const match = value ? MONTH.exec(value) : null;
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2999) return null;
  return { year, month: Number(match[2]) };
}

export function formatMonth(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, "0")}`;
}

export function addMonths(m: Month, n: number): Month {
  const index = m.year * 12 + (m.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function compareMonths(a: Month, b: Month): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}

export function daysInMonth(m: Month): number {
  return new Date(Date.UTC(m.year, m.month, 0)).getUTCDate();
}

/** "2026-10-01" */
export function firstDayOf(m: Month): string {
  return `${formatMonth(m)}-01`;
}

/** Every local date of the month, "YYYY-MM-DD". */
export function daysOf(m: Month): string[] {
  return Array.from({ length: daysInMonth(m) }, (_, i) => `${formatMonth(m)}-${String(i + 1).padStart(2, "0")}`);
}

export function monthLabel(m: Month): string {
  return LABEL.format(Date.UTC(m.year, m.month - 1, 1));
}

export function shortMonthLabel(m: Month): string {
  return SHORT.format(Date.UTC(m.year, m.month - 1, 1));
}

/** The local date of an instant in a time zone, "YYYY-MM-DD". */
export function localDate(at: Date, timeZone: string): string {
  const local = new Date(at.getTime() + offsetAt(timeZone, at.getTime()));
  return local.toISOString().slice(0, 10);
}

/** The client's month containing an instant. */
export function monthAt(at: Date, timeZone: string): Month {
  const date = localDate(at, timeZone);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** The instant a local date begins in a time zone (its first existing moment on DST days). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  // Two passes: the offset at the guess can differ from the offset at the answer around DST changes.
  let guess = wall - offsetAt(timeZone, wall);
  guess = wall - offsetAt(timeZone, guess);
  if (localDate(new Date(guess), timeZone) < date) guess += 3_600_000;
  return new Date(guess);
}

/** [first instant of the month, first instant of the next) in the client's time zone. */
export function monthSpan(m: Month, timeZone: string): { from: Date; to: Date } {
  return { from: startOfLocalDay(firstDayOf(m), timeZone), to: startOfLocalDay(firstDayOf(addMonths(m, 1)), timeZone) };
}

/** A month as a DATE column value (its first day, at UTC midnight as Prisma expects). */
export function monthDate(m: Month): Date {
  return new Date(`${firstDayOf(m)}T00:00:00Z`);
}
