import type { CompiledHours, MinuteInterval } from "./compile-business-hours";
import { DAY_MS, listOffsetPieces } from "./list-offset-pieces";

const MINUTE_MS = 60_000;
const CLOSED: readonly MinuteInterval[] = [];

/** Monday is 0, as in WEEKDAYS; 1970-01-01 (day 0) was a Thursday. */
export function weekdayIndexOf(localDay: number): number {
  return (((localDay + 3) % 7) + 7) % 7;
}

export type OpenSpan = { readonly start: number; readonly end: number };

/**
 * Yields, in time order, the disjoint open stretches of instants within [fromMs, untilMs).
 *
 * An instant is open when its local wall-clock time falls in that local day's intervals (and the day is no
 * holiday). Within a piece of constant UTC offset, local time is instant + offset, so each local interval maps
 * to exactly one stretch of instants. That makes DST follow from the definition: local times skipped at
 * spring-forward are never open (an interval starting at a skipped 02:30 opens at 03:00), and local times
 * repeated at fall-back are open twice. Stretches are also cut where offset pieces meet, so two yielded
 * spans may touch; callers must not assume each span is a whole opening.
 *
 * Work is per local day, not per minute. `maxIdleDays` stops an unbounded search through a schedule whose
 * holidays close it for longer than that.
 */
export function* listOpenSpans(
  fromMs: number,
  untilMs: number,
  hours: CompiledHours,
  timeZone: string,
  maxIdleDays = Number.POSITIVE_INFINITY,
): Generator<OpenSpan, void, undefined> {
  let idleDays = 0;
  let lastCountedDay = Number.NEGATIVE_INFINITY;
  for (const piece of listOffsetPieces(timeZone, fromMs, untilMs)) {
    const lastLocalDay = Math.floor((piece.end - 1 + piece.offset) / DAY_MS);
    for (let localDay = Math.floor((piece.start + piece.offset) / DAY_MS); localDay <= lastLocalDay; localDay++) {
      // A local day cut by a piece boundary is visited twice but counted once.
      if (localDay > lastCountedDay) {
        lastCountedDay = localDay;
        if (++idleDays > maxIdleDays) {
          throw new RangeError(`No open business time in ${maxIdleDays} days after ${new Date(fromMs).toISOString()}`);
        }
      }
      if (hours.holidays.has(localDay)) continue;
      const midnight = localDay * DAY_MS - piece.offset;
      for (const interval of hours.weekly[weekdayIndexOf(localDay)] ?? CLOSED) {
        const start = Math.max(midnight + interval.start * MINUTE_MS, piece.start);
        const end = Math.min(midnight + interval.end * MINUTE_MS, piece.end);
        if (start < end) {
          idleDays = 0;
          yield { start, end };
        }
      }
    }
  }
}
