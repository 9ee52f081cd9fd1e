// The one application error. Its message is safe to show; anything else is not.
export type AppErrorCode = "not_found" | "forbidden" | "conflict" | "validation" | "rate_limited" | "upstream" | "unauthenticated";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;

  constructor(
    code: AppErrorCode,
    message: string,
    extra: { fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: extra.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = extra.fieldErrors;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }
}

export const notFound = (what = "Not found") => new AppError("not_found", what);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  validation: 400,
  rate_limited: 429,
  upstream: 502,
  unauthenticated: 401,
};
