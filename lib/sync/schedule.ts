// When each stream runs next. Pure, so the pacing rules are tested without a clock or a database.

export type PollState = { newItems: number; previousIntervalMs: number | null };

/** Busy accounts are polled at the active interval; each idle poll stretches the interval ×1.5 up to idle. */
export function nextPollInterval(state: PollState, activeMs: number, idleMs: number): number {
  if (state.newItems > 0 || state.previousIntervalMs === null) return activeMs;
  return Math.min(idleMs, Math.max(activeMs, Math.round(state.previousIntervalMs * 1.5)));
}

export type WindowState = { remaining: number; reset: Date } | null;

/**
 * Never earlier than the rate limit allows: an exhausted window waits for its reset; a nearly spent one
 * spreads what is left over the rest of the window.
 */
export function respectRateLimit(next: Date, window: WindowState, now: Date): Date {
  if (!window || window.reset <= now) return next;
  if (window.remaining <= 0) return window.reset > next ? window.reset : next;
  const paced = new Date(now.getTime() + (window.reset.getTime() - now.getTime()) / window.remaining);
  return paced > next ? paced : next;
}

/** After consecutive failed runs: exponential, capped, with jitter so a fleet does not retry in step. */
export function failureDelay(consecutiveErrors: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, consecutiveErrors - 1));
  return Math.round(ceiling * (0.75 + random() * 0.25));
}

/** A rate-limit wait, bounded by the configured maximum. */
export function rateLimitedUntil(resetAt: Date, now: Date, maxWaitMs: number): Date {
  const latest = now.getTime() + maxWaitMs;
  return new Date(Math.max(now.getTime() + 1_000, Math.min(resetAt.getTime() + 1_000, latest)));
}
