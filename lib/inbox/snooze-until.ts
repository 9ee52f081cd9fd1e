import { offsetAt } from "@/lib/sla/list-offset-pieces";

export const SNOOZE_PRESETS = ["1h", "3h", "tomorrow", "next_week"] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const WAKE_HOUR = 9;

/** The instant of a local wall-clock time in a zone (the earlier one when a DST change repeats it). */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes: the offset at the first guess can differ from the offset at the answer across a DST change.
  const first = asUtc - offsetAt(timeZone, asUtc);
  return new Date(asUtc - offsetAt(timeZone, first));
}

function localDate(now: Date, timeZone: string): { year: number; month: number; day: number; weekday: number } {
  const local = new Date(now.getTime() + offsetAt(timeZone, now.getTime()));
  // getUTCDay: 0 is Sunday; weekday here is 0 for Monday.
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), weekday: (local.getUTCDay() + 6) % 7 };
}

/**
 * When a snooze preset wakes a conversation, judged in its client's time zone: "tomorrow" is 09:00 the next
 * local day, "next week" 09:00 next Monday, so a bulk snooze across clients wakes each in its own morning.
 */
export function snoozeUntil(preset: SnoozePreset, now: Date, timeZone: string): Date {
  switch (preset) {
    case "1h":
      return new Date(now.getTime() + HOUR_MS);
    case "3h":
      return new Date(now.getTime() + 3 * HOUR_MS);
    case "tomorrow": {
      const today = localDate(now, timeZone);
      // Date.UTC normalises day overflow (31 + 1 → the 1st of next month).
      const next = new Date(Date.UTC(today.year, today.month - 1, today.day) + DAY_MS);
      return zonedInstant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), WAKE_HOUR, 0, timeZone);
    }
    case "next_week": {
      const today = localDate(now, timeZone);
      const monday = new Date(Date.UTC(today.year, today.month - 1, today.day) + (7 - today.weekday) * DAY_MS);
      return zonedInstant(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate(), WAKE_HOUR, 0, timeZone);
    }
  }
}

export const SNOOZE_LABELS: Record<SnoozePreset, string> = {
  "1h": "1 hour",
  "3h": "3 hours",
  tomorrow: "Tomorrow 9:00",
  next_week: "Next week (Mon 9:00)",
};
