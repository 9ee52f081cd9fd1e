import { type NextRequest, NextResponse } from "next/server";

// Only a convenience: send visitors without a session cookie to the sign-in page. Whether a cookie is a
// live session, and what its holder may see, is decided by lib/auth in every page, action and route (an
// expired or revoked cookie gets the sign-in redirect there). The cookie is not decoded here: running
// Auth.js on every request cost ~3.6 ms of CPU per page (bench/inbox) only to slide the session's expiry,
// so a session now ends 12 hours after sign-in (lib/auth/config.ts).
const PUBLIC_PREFIXES = ["/sign-in", "/invite/", "/connect/"];
// Auth.js's names, plain and on HTTPS; a large token is split into "<name>.0", "<name>.1", ….
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

const hasSessionCookie = (request: NextRequest) =>
  request.cookies.getAll().some(({ name, value }) => value !== "" && SESSION_COOKIES.some((base) => name === base || name.startsWith(`${base}.`)));

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (hasSessionCookie(request) || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p))) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // API routes answer for themselves (404 JSON when signed out); static files need no session.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:svg|png|jpg|ico|woff2|css|js)$).*)"],
};
