import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { errorFields, log, newRequestId } from "@/lib/log/logger";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; requestId?: string };

export const GENERIC_ERROR = "Something went wrong. Nothing was changed — please try again.";

/** Field messages keyed by the input's top-level field name, for display beside each field. */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function validationError(error: z.ZodError): AppError {
  return new AppError("validation", "Please correct the highlighted fields.", { fieldErrors: zodFieldErrors(error) });
}

/** Maps any error to what a person may see; unknown errors are logged with a request id. */
export function toFailure(error: unknown, context: string): Extract<ActionResult, { ok: false }> {
  if (error instanceof z.ZodError) return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: zodFieldErrors(error) };
  if (isAppError(error)) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
  const requestId = newRequestId();
  log.error(`${context} failed`, { requestId, ...errorFields(error) });
  return { ok: false, error: `${GENERIC_ERROR} (reference ${requestId})`, requestId };
}
