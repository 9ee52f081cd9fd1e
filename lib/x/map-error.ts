import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from "twitter-api-v2";
import { XBadRequestError, XError, XForbiddenError, XNotFoundError, XPlanError, XRateLimitedError, XUnauthorizedError, XUpstreamError } from "./errors";
import type { RateLimitInfo } from "./report";

const FIFTEEN_MINUTES = 15 * 60_000;

type ErrorBody = { title?: unknown; detail?: unknown; type?: unknown; reason?: unknown; errors?: unknown };

function bodyOf(error: ApiResponseError): ErrorBody {
  return typeof error.data === "object" && error.data !== null ? (error.data as ErrorBody) : {};
}

function hasCode(body: ErrorBody, code: number): boolean {
  return Array.isArray(body.errors) && body.errors.some((e: unknown) => typeof e === "object" && e !== null && "code" in e && (e as { code: unknown }).code === code);
}

function describe(body: ErrorBody, status: number): string {
  const detail = typeof body.detail === "string" ? body.detail : typeof body.title === "string" ? body.title : "";
  // Parameter errors name the parameter in errors[].message: the part worth logging.
  const first = Array.isArray(body.errors) ? (body.errors[0] as { message?: unknown } | undefined) : undefined;
  const specific = typeof first?.message === "string" ? ` (${first.message})` : "";
  return detail ? `X answered ${status}: ${detail}${specific}` : `X answered ${status}${specific}`;
}

/** 24-hour limits also answer 429 (pitfall 4): wait for whichever exhausted window resets last. */
function rateLimitedUntil(rateLimit: RateLimitInfo | null, now: number): { resetAt: Date; window: "15m" | "24h" } {
  const exhausted: Array<{ resetAt: Date; window: "15m" | "24h" }> = [];
  if (rateLimit?.userDay?.remaining === 0) exhausted.push({ resetAt: rateLimit.userDay.reset, window: "24h" });
  if (rateLimit?.appDay?.remaining === 0) exhausted.push({ resetAt: rateLimit.appDay.reset, window: "24h" });
  if (rateLimit && rateLimit.remaining === 0 && !exhausted.length) exhausted.push({ resetAt: rateLimit.reset, window: "15m" });
  const latest = exhausted.sort((a, b) => b.resetAt.getTime() - a.resetAt.getTime())[0];
  if (latest && latest.resetAt.getTime() > now) return latest;
  if (rateLimit && rateLimit.reset.getTime() > now) return { resetAt: rateLimit.reset, window: "15m" };
  return { resetAt: new Date(now + FIFTEEN_MINUTES), window: "15m" };
}

/** Sorts whatever twitter-api-v2 (or our own validation) threw into the typed errors callers act on. */
export function mapXError(error: unknown, endpoint: string, rateLimit: RateLimitInfo | null): XError {
  if (error instanceof XError) return error;
  if (error instanceof ApiResponseError) {
    const status = error.code;
    const body = bodyOf(error);
    const message = describe(body, status);
    if (status === 429) {
      const { resetAt, window } = rateLimitedUntil(rateLimit, Date.now());
      return new XRateLimitedError(endpoint, resetAt, window);
    }
    if (status === 401) return new XUnauthorizedError(message, endpoint, status);
    if (status === 402) return new XPlanError(message, endpoint, status, "credits_depleted");
    if (status === 453 || hasCode(body, 453)) return new XPlanError(message, endpoint, status, "not_in_plan");
    if (status === 403) {
      const type = typeof body.type === "string" ? body.type : "";
      if (body.reason === "client-not-enrolled" || type.endsWith("/client-forbidden")) {
        return new XPlanError(message, endpoint, status, "client_not_enrolled");
      }
      return new XForbiddenError(message, endpoint, status);
    }
    if (status === 404) return new XNotFoundError(message, endpoint, status);
    if (status >= 500) return new XUpstreamError(message, endpoint, status);
    return new XBadRequestError(message, endpoint, status);
  }
  if (error instanceof ApiPartialResponseError) {
    return new XUpstreamError(`X sent a broken response on ${endpoint}: ${error.message}`, endpoint, error.response?.statusCode, { cause: error });
  }
  if (error instanceof ApiRequestError) {
    return new XUpstreamError(`No answer from X on ${endpoint}: ${error.requestError?.message ?? error.message}`, endpoint, 0, { cause: error });
  }
  const text = error instanceof Error ? error.message : String(error);
  return new XUpstreamError(`Call to X failed on ${endpoint}: ${text}`, endpoint, 0, { cause: error });
}
