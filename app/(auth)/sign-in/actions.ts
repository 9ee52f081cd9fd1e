"use server";

import { AuthError } from "next-auth";
import { signIn, SignInRefused } from "@/lib/auth/config";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { tooManyAttemptsMessage } from "@/lib/auth/throttle-policy";
import { credentialsSchema } from "@/lib/auth/verify-credentials";
import { zodFieldErrors } from "@/lib/http/action-result";

export type SignInState = { error?: string; fieldErrors?: Record<string, string[]>; email?: string };

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: form.get("password") });
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error), email };

  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeRedirectPath(form.get("callbackUrl")) });
    return {};
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors are outcomes to show.
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof SignInRefused) {
      if (error.code === "throttled") return { error: tooManyAttemptsMessage(error.retryAfterSeconds), email };
      if (error.code === "deactivated") return { error: "This account has been deactivated. Ask your agency admin.", email };
    }
    return { error: "Wrong e-mail or password.", email };
  }
}
