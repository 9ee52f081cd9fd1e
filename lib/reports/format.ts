// How report figures read, on the page, in the PDF and in the summary alike.

const COUNT = new Intl.NumberFormat("en-GB");
const COMPACT = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 });
const USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const NONE = "—";

export function formatCount(n: number | null): string {
  return n === null ? NONE : COUNT.format(n);
}

export function formatCompact(n: number | null): string {
  return n === null ? NONE : n < 10_000 ? COUNT.format(n) : COMPACT.format(n);
}

export function formatPercent(share: number | null, digits = 0): string {
  if (share === null) return NONE;
  return `${(share * 100).toFixed(share > 0 && share < 0.01 && digits === 0 ? 1 : digits)}%`;
}

/** Business time, e.g. "45 s", "12 min", "2 h 10 min", "31 h". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return NONE;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours >= 10 || rest === 0) return `${Math.round(minutes / 60)} h`;
  return `${hours} h ${rest} min`;
}

export function formatUsd(micros: number | null): string {
  return micros === null ? NONE : USD.format(micros / 1_000_000);
}

export function formatSignedCount(n: number | null): string {
  if (n === null) return NONE;
  return `${n > 0 ? "+" : n < 0 ? "−" : "±"}${COUNT.format(Math.abs(n))}`;
}

export type Change = { text: string; direction: "up" | "down" | "flat"; good: boolean | null };

type ChangeKind = "share" | "count" | "duration";

/**
 * The change against last month as people read it: percentage points for shares, % for counts,
 * and for durations (where lower is better) the relative change. `higherIsBetter` colours it.
 */
export function describeChange(current: number | null, previous: number | null, kind: ChangeKind, higherIsBetter = true): Change | null {
  if (current === null || previous === null) return null;
  const diff = current - previous;
  let text: string;
  let flat: boolean;
  if (kind === "share") {
    const points = diff * 100;
    flat = Math.abs(points) < 0.5;
    text = `${points > 0 ? "+" : "−"}${Math.abs(points).toFixed(0)} pts`;
  } else if (previous === 0) {
    flat = diff === 0;
    text = kind === "count" ? formatSignedCount(diff) : formatDuration(Math.abs(diff));
  } else {
    const relative = diff / Math.abs(previous);
    flat = Math.abs(relative) < 0.005;
    text = `${relative > 0 ? "+" : "−"}${Math.abs(relative * 100).toFixed(Math.abs(relative) < 0.1 ? 1 : 0)}%`;
  }
  if (flat) return { text: "no change", direction: "flat", good: null };
  const direction = diff > 0 ? "up" : "down";
  return { text, direction, good: (diff > 0) === higherIsBetter };
}

/** "Tue 14 Oct" for a local date "2026-10-14". */
export function formatDay(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
}

/** "14 Oct, 09:30" in the client's time zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
}
