import { INBOX_COUNT_CAP } from "@/lib/inbox/inbox-filters";

// Short, calm time words for the list. Pure: the same `now` on server and browser gives the same text.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "now", "4m", "3h", "2d", "5w": how long something has waited. */
export function age(from: string, now: Date): string {
  const ms = Math.max(0, now.getTime() - new Date(from).getTime());
  if (ms < MINUTE) return "now";
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)}h`;
  if (ms < 14 * DAY) return `${Math.floor(ms / DAY)}d`;
  return `${Math.floor(ms / (7 * DAY))}w`;
}

/** Business time left, in the largest sensible unit: "12m", "2h 30m", "3h". */
export function businessLeft(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.round((ms % HOUR) / MINUTE);
  return minutes && hours < 3 ? `${hours}h ${minutes}m` : `${Math.round(ms / HOUR)}h`;
}

// Formatters are built once: constructing an Intl formatter costs far more than using one, and a page of
// rows formats a few hundred values.
const COMPACT = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat("en");
const EXACT = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
const CLOCK = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });
const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "short" });
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });

export function compactNumber(n: number): string {
  return COMPACT.format(n);
}

export function wholeNumber(n: number): string {
  return WHOLE.format(n);
}

/** An instant in the viewer's zone, for titles (tooltips). */
export function exactTime(iso: string): string {
  return EXACT.format(new Date(iso));
}

export function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .map((part) => part[0] ?? "")
      .join("")
      .slice(0, 2)
      .toUpperCase() || "?"
  );
}

/** Counts are capped by the server (cap + 1 means "more than the cap"). */
export function countLabel(n: number, cap = INBOX_COUNT_CAP): string {
  return n > cap ? `${cap}+` : String(n);
}

/** When a snooze ends, briefly: "until 15:30" today, "until Thu" this week, else "until 3 Dec". */
export function untilLabel(iso: string, now: Date): string {
  const date = new Date(iso);
  const days = (date.getTime() - now.getTime()) / 86_400_000;
  if (date.toDateString() === now.toDateString()) return `until ${CLOCK.format(date)}`;
  if (days < 6) return `until ${WEEKDAY.format(date)} ${CLOCK.format(date)}`;
  return `until ${DAY_MONTH.format(date)}`;
}
