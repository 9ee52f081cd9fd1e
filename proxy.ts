import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/config";

// Only a convenience: send signed-out visitors to the sign-in page. Access is decided by
// lib/auth/authorize in every page, action and route, never here.
const PUBLIC_PREFIXES = ["/sign-in", "/invite/", "/connect/"];

export const proxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (request.auth || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p))) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
});

export const config = {
  // API routes answer for themselves (404 JSON when signed out); static files need no session.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:svg|png|jpg|ico|woff2|css|js)$).*)"],
};
