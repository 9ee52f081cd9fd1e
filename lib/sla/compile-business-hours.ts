import { type BusinessHours, parseClockTime, parseLocalDate, WEEKDAYS } from "./business-hours";

/** An open interval of one local day, in minutes after local midnight: [start, end), 0 <= start < end <= 1440. */
export type MinuteInterval = { readonly start: number; readonly end: number };

export type CompiledHours = {
  /** Indexed like WEEKDAYS: 0 is Monday. */
  readonly weekly: readonly (readonly MinuteInterval[])[];
  /** Closed local dates, as days since 1970-01-01. */
  readonly holidays: ReadonlySet<number>;
  readonly hasOpenTime: boolean;
};

/**
 * Turns stored hours into minutes once per call, so the day loop does no string work.
 * Unvalidated input is rejected here too, because overlapping intervals would be counted twice.
 */
export function compileBusinessHours(hours: BusinessHours): CompiledHours {
  const weekly = WEEKDAYS.map((weekday) => {
    let previousEnd = 0;
    return hours[weekday].map(({ start, end }) => {
      const startMinute = parseClockTime(start);
      const endMinute = parseClockTime(end);
      if (startMinute === undefined || endMinute === undefined || startMinute >= endMinute) {
        throw new RangeError(`Invalid ${weekday} interval ${start}–${end}; parse hours with businessHoursSchema`);
      }
      if (startMinute < previousEnd) {
        throw new RangeError(`Unsorted or overlapping ${weekday} intervals; parse hours with businessHoursSchema`);
      }
      previousEnd = endMinute;
      return { start: startMinute, end: endMinute };
    });
  });
  const holidays = new Set<number>();
  for (const date of hours.holidays ?? []) {
    const day = parseLocalDate(date);
    if (day === undefined) throw new RangeError(`Invalid holiday ${date}; parse hours with businessHoursSchema`);
    holidays.add(day);
  }
  return { weekly, holidays, hasOpenTime: weekly.some((intervals) => intervals.length > 0) };
}
