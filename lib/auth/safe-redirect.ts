/**
 * Reduces a callback URL to a path on this site. Auth.js rejects absolute URLs on other
 * hosts (landing on "/"), and an open redirect would let a link send people anywhere.
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value === "") return fallback;
  let path = value;
  try {
    const url = new URL(value, "http://local.invalid");
    if (url.origin !== "http://local.invalid" && !/^https?:\/\/[^/]+/.test(value)) return fallback;
    path = `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/sign-in")) return fallback;
  return path;
}
