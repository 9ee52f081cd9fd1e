import { db } from "@/lib/db";
import { afterFailure, secondsLocked } from "./throttle-policy";

// Keyed by e-mail address: an attacker spraying one account from many IPs is still slowed.
const keyFor = (email: string) => `email:${email.trim().toLowerCase()}`;

export async function lockedSeconds(email: string, now = new Date()): Promise<number> {
  const record = await db.signInThrottle.findUnique({ where: { key: keyFor(email) } });
  return secondsLocked(record, now);
}

export async function recordFailedSignIn(email: string, now = new Date()): Promise<number> {
  const key = keyFor(email);
  // Serialised per key by the row lock, so concurrent failures all count.
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO sign_in_throttles (key, failures, window_start) VALUES (${key}, 0, ${now}) ON CONFLICT (key) DO NOTHING`;
    const rows = await tx.$queryRaw<{ failures: number; window_start: Date; locked_until: Date | null }[]>`
      SELECT failures, window_start, locked_until FROM sign_in_throttles WHERE key = ${key} FOR UPDATE`;
    const row = rows[0];
    const current = row && row.failures > 0 ? { failures: row.failures, windowStart: row.window_start, lockedUntil: row.locked_until } : null;
    const next = afterFailure(current, now);
    await tx.signInThrottle.update({ where: { key }, data: next });
    return secondsLocked(next, now);
  });
}

export async function clearSignInFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keyFor(email) } });
}
