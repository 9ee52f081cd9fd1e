// Every way a call to X can fail, sorted by what the caller must do about it. Only lib/x raises
// these; callers branch on the class (or `retryable`), never on HTTP codes or message text.

export type RateLimitWindow = "15m" | "24h";

export abstract class XError extends Error {
  abstract readonly kind: string;
  /** Worth trying the same call again soon (after backoff), without changing anything. */
  readonly retryable: boolean = false;
  readonly status: number | undefined;
  readonly endpoint: string;

  constructor(message: string, endpoint: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.endpoint = endpoint;
    this.status = status;
  }
}

/** 429: wait until `resetAt` (a 15-minute window, or one of the 24-hour limits). */
export class XRateLimitedError extends XError {
  readonly kind = "rate_limited";
  constructor(
    endpoint: string,
    readonly resetAt: Date,
    readonly window: RateLimitWindow,
  ) {
    super(`X rate limit (${window}) reached on ${endpoint}; resets at ${resetAt.toISOString()}`, endpoint, 429);
  }
}

/** 401: the access token expired or was revoked; one refresh may fix it. */
export class XUnauthorizedError extends XError {
  readonly kind = "unauthorized";
}

/**
 * 402 (credits ran out), 403 client-not-enrolled, 453 (endpoint not in the plan): the app's plan or
 * billing, not the user's token. A refresh never helps, and refreshing needlessly risks the chain.
 */
export class XPlanError extends XError {
  readonly kind = "plan";
  constructor(
    message: string,
    endpoint: string,
    status: number,
    readonly reason: "credits_depleted" | "client_not_enrolled" | "not_in_plan",
  ) {
    super(message, endpoint, status);
  }
}

/** 403 on a reply: since Feb 2026 self-serve apps may only reply to authors who summoned the account. */
export class XReplyNotAllowedError extends XError {
  readonly kind = "reply_not_allowed";
}

/** Any other 403 (missing scope, suspended account, protected post). */
export class XForbiddenError extends XError {
  readonly kind = "forbidden";
}

export class XNotFoundError extends XError {
  readonly kind = "not_found";
}

/** 400: our request was wrong; retrying the same call cannot help. */
export class XBadRequestError extends XError {
  readonly kind = "bad_request";
}

/** 5xx, timeouts, dropped connections, malformed or unexpected bodies: retry with backoff. */
export class XUpstreamError extends XError {
  readonly kind = "upstream";
  override readonly retryable = true;
}

/** The token endpoint refused a code or refresh token (invalid_grant, revoked, reused): reconnect. */
export class XGrantError extends XError {
  readonly kind = "grant";
}

export function isXError(error: unknown): error is XError {
  return error instanceof XError;
}
