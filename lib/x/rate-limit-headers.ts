import type { IncomingHttpHeaders } from "node:http";
import type { RateLimitInfo, RateLimitWindowState } from "./report";

function header(headers: IncomingHttpHeaders, name: string): number | undefined {
  const raw = headers[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function windowFrom(headers: IncomingHttpHeaders, prefix: string): RateLimitWindowState | undefined {
  const limit = header(headers, `${prefix}-limit`);
  const remaining = header(headers, `${prefix}-remaining`);
  const reset = header(headers, `${prefix}-reset`);
  if (limit === undefined || remaining === undefined || reset === undefined) return undefined;
  return { limit, remaining, reset: new Date(reset * 1000) };
}

/** X's rate-limit headers: the 15-minute window, plus the per-user and per-app 24-hour windows when sent. */
export function parseRateLimit(headers: IncomingHttpHeaders | undefined): RateLimitInfo | null {
  if (!headers) return null;
  const main = windowFrom(headers, "x-rate-limit");
  const userDay = windowFrom(headers, "x-user-limit-24hour");
  const appDay = windowFrom(headers, "x-app-limit-24hour");
  const base = main ?? userDay ?? appDay;
  if (!base) return null;
  const info: RateLimitInfo = { ...base };
  if (userDay) info.userDay = userDay;
  if (appDay) info.appDay = appDay;
  return info;
}
