import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "./verify-credentials";

/** Carries why a sign-in failed back to the sign-in action (Auth.js rethrows it as is). */
export class SignInRefused extends CredentialsSignin {
  readonly retryAfterSeconds: number;
  constructor(code: "invalid" | "deactivated" | "throttled", retryAfterSeconds = 0) {
    super();
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

// A working day and then some. Sessions do not slide: nothing re-issues the cookie after sign-in (see
// proxy.ts), so a session ends this long after sign-in, wherever it is used.
const SESSION_MAX_AGE_S = 12 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Credentials sign-in requires JWT sessions; revocation works through the user's
  // session_version, checked against the database on every request (lib/auth/actor.ts).
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  trustHost: true,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const result = await verifyCredentials(credentials);
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
        throw new SignInRefused(result.reason, result.reason === "throttled" ? result.retryAfterSeconds : 0);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      (session as { sessionVersion?: number }).sessionVersion = typeof token.sv === "number" ? token.sv : -1;
      return session;
    },
  },
  logger: {
    // A refused sign-in is an expected outcome, not an error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(JSON.stringify({ level: "error", message: "auth error", error: String(error) }));
    },
  },
});
