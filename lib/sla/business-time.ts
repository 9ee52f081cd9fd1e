import type { BusinessHours } from "./business-hours";
import { compileBusinessHours } from "./compile-business-hours";
import { listOpenSpans } from "./list-open-spans";

// Holidays can close a valid schedule for a while, but a decade with no open day means the data is wrong;
// failing beats looping until the end of the Date range.
const MAX_IDLE_DAYS = 3660;

function instantOf(date: Date, name: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${name} is an Invalid Date`);
  return ms;
}

/**
 * Milliseconds of open business time in [from, to), judged by the wall clock in `timeZone`; 0 if to <= from.
 * Additive: between(a, b) + between(b, c) === between(a, c) for a <= b <= c.
 * Throws RangeError for an unknown time zone or hours that businessHoursSchema would reject.
 */
export function businessMillisBetween(from: Date, to: Date, hours: BusinessHours, timeZone: string): number {
  const fromMs = instantOf(from, "from");
  const toMs = instantOf(to, "to");
  if (toMs <= fromMs) return 0;
  let total = 0;
  for (const span of listOpenSpans(fromMs, toMs, compileBusinessHours(hours), timeZone)) {
    total += span.end - span.start;
  }
  return total;
}

/**
 * The earliest instant t with businessMillisBetween(from, t) === ms: when `ms` of business time have elapsed
 * after `from`. Counting starts at the next opening when `from` is closed, and a budget that runs out exactly
 * at a closing time gives that closing time, not the next opening. `ms` = 0 returns `from` unchanged.
 *
 * Throws RangeError when the schedule has no open time at all (businessHoursSchema refuses such schedules,
 * so this only meets unvalidated data), when holidays keep it closed for ~10 years, for negative or
 * fractional `ms`, or for an unknown time zone. A thrown error was preferred to a far-future sentinel
 * Date, which would pass silently through sorting and display.
 */
export function addBusinessMillis(from: Date, ms: number, hours: BusinessHours, timeZone: string): Date {
  const fromMs = instantOf(from, "from");
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new RangeError(`Business time to add must be a whole number of ms >= 0, got ${ms}`);
  }
  if (ms === 0) return new Date(fromMs);
  const compiled = compileBusinessHours(hours);
  if (!compiled.hasOpenTime) {
    throw new RangeError("Business hours are never open, so no amount of business time can elapse");
  }
  let remaining = ms;
  for (const span of listOpenSpans(fromMs, Number.POSITIVE_INFINITY, compiled, timeZone, MAX_IDLE_DAYS)) {
    const length = span.end - span.start;
    if (remaining <= length) return new Date(span.start + remaining);
    remaining -= length;
  }
  // Unreachable: the span list only ends by throwing, but the compiler cannot know that.
  throw new RangeError("Ran out of time while adding business time");
}
