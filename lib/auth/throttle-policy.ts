// Sign-in throttling policy, as pure functions of the stored counter.
// Five free attempts per 15 minutes; after that each further failure locks the address
// for twice as long as the last (30 s, 60 s, … capped at 15 min). A success clears it.
export const FREE_ATTEMPTS = 5;
export const WINDOW_MS = 15 * 60_000;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;

export type ThrottleRecord = { failures: number; windowStart: Date; lockedUntil: Date | null };

export function secondsLocked(record: ThrottleRecord | null, now: Date): number {
  if (!record?.lockedUntil) return 0;
  const ms = record.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

export function afterFailure(record: ThrottleRecord | null, now: Date): ThrottleRecord {
  const fresh = !record || now.getTime() - record.windowStart.getTime() > WINDOW_MS;
  const failures = fresh ? 1 : record.failures + 1;
  const windowStart = fresh ? now : record.windowStart;
  if (failures < FREE_ATTEMPTS) return { failures, windowStart, lockedUntil: null };
  const lockMs = Math.min(BASE_LOCK_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_MS);
  return { failures, windowStart, lockedUntil: new Date(now.getTime() + lockMs) };
}

export function tooManyAttemptsMessage(seconds: number): string {
  return `Too many attempts. Try again in ${seconds} s.`;
}
