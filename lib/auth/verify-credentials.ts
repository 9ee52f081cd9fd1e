import { z } from "zod";
import { db } from "@/lib/db";
import { verifyDecoy, verifyPassword } from "./password";
import { clearSignInFailures, lockedSeconds, recordFailedSignIn } from "./throttle";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid e-mail address"),
  password: z.string().min(1, "Enter your password").max(200),
});

export type VerifiedUser = { id: string; email: string; name: string; sessionVersion: number };

export type CredentialsResult =
  | { ok: true; user: VerifiedUser }
  | { ok: false; reason: "invalid" | "deactivated" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** The whole sign-in decision: throttle, then password, then account state. */
export async function verifyCredentials(input: unknown): Promise<CredentialsResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const locked = await lockedSeconds(email);
  if (locked > 0) return { ok: false, reason: "throttled", retryAfterSeconds: locked };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, active: true, sessionVersion: true, passwordHash: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await verifyDecoy(password), false);

  if (!user || !valid) {
    const nowLocked = await recordFailedSignIn(email);
    if (nowLocked > 0) return { ok: false, reason: "throttled", retryAfterSeconds: nowLocked };
    return { ok: false, reason: "invalid" };
  }
  if (!user.active) return { ok: false, reason: "deactivated" };

  await clearSignInFailures(email);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
