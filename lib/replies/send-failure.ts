import { AppError, type AppErrorCode } from "@/lib/errors";
import { AccountUnavailableError } from "@/lib/x-accounts/errors";
import {
  XBadRequestError,
  XGrantError,
  XNotFoundError,
  XPlanError,
  XRateLimitedError,
  XReplyNotAllowedError,
  XUnauthorizedError,
  XUpstreamError,
} from "@/lib/x";

/** Why a reply did not go out; stored on the draft (failure_code) so the composer can explain it after a reload. */
export type FailureCode =
  | "reply_not_allowed"
  | "rate_limited"
  | "account_unavailable"
  | "budget_exhausted"
  | "plan"
  | "parent_missing"
  | "rejected_by_x"
  | "x_unreachable"
  | "not_sent"
  | "outcome_unknown";

export type SendFailure = {
  code: FailureCode;
  message: string;
  /** False when X may hold the post: the ledger goes to UNKNOWN and the next attempt reconciles first. */
  definite: boolean;
  retryAfterSeconds?: number;
};

const KEPT = "Your draft is kept.";

function timeOf(date: Date): string {
  return date.toISOString().slice(11, 16);
}

/**
 * Sorts whatever stopped a send into something a person can act on. After the POST went out (`afterPost`),
 * an error that does not prove X refused counts as "maybe posted"; before it, nothing can have been posted.
 */
export function describeSendFailure(error: unknown, context: { account: string; now: Date; afterPost: boolean }): SendFailure {
  if (error instanceof XReplyNotAllowedError) {
    return {
      code: "reply_not_allowed",
      message: `X refused this reply: since February 2026 an account may only reply to people who mentioned ${context.account} or quoted one of its posts, and this author did not. ${KEPT}`,
      definite: true,
    };
  }
  if (error instanceof XRateLimitedError) {
    const seconds = Math.max(1, Math.ceil((error.resetAt.getTime() - context.now.getTime()) / 1000));
    const span = error.window === "24h" ? "daily" : "15-minute";
    return {
      code: "rate_limited",
      message: `${context.account} has used up X's ${span} limit for posting. You can retry at ${timeOf(error.resetAt)} UTC (in ${Math.ceil(seconds / 60)} min). ${KEPT}`,
      definite: true,
      retryAfterSeconds: seconds,
    };
  }
  if (error instanceof AccountUnavailableError || error instanceof XUnauthorizedError || error instanceof XGrantError) {
    return {
      code: "account_unavailable",
      message: `${context.account} needs to be reconnected before it can reply: X no longer accepts its sign-in. An account manager can reconnect it on the client's page. ${KEPT}`,
      definite: true,
    };
  }
  if (error instanceof XPlanError) {
    return error.reason === "credits_depleted"
      ? { code: "budget_exhausted", message: `The agency's X API credits have run out, so X refused the reply. Top up the credits, then retry. ${KEPT}`, definite: true }
      : { code: "plan", message: `The agency's X API plan does not allow posting replies. ${KEPT}`, definite: true };
  }
  if (error instanceof XNotFoundError) {
    return { code: "parent_missing", message: `The post you are replying to no longer exists on X. ${KEPT}`, definite: true };
  }
  if (error instanceof XBadRequestError) {
    return { code: "rejected_by_x", message: `X rejected the reply (${error.message}). ${KEPT}`, definite: true };
  }
  if (!context.afterPost) {
    return { code: "x_unreachable", message: `X could not be reached, so nothing was posted. Try again in a moment. ${KEPT}`, definite: true };
  }
  const reason = error instanceof XUpstreamError ? "X did not answer in time" : "Sending was interrupted";
  return {
    code: "outcome_unknown",
    message: `${reason}, and the reply is not on ${context.account}'s timeline yet. Send again to retry: Rapport checks X first, so it is never posted twice. ${KEPT}`,
    definite: false,
  };
}

const APP_CODES: Record<FailureCode, AppErrorCode> = {
  reply_not_allowed: "forbidden",
  rate_limited: "rate_limited",
  account_unavailable: "conflict",
  budget_exhausted: "conflict",
  plan: "forbidden",
  parent_missing: "not_found",
  rejected_by_x: "validation",
  x_unreachable: "upstream",
  not_sent: "conflict",
  outcome_unknown: "upstream",
};

/** The failure as the one application error, carrying the code so callers (and tests) can branch on it. */
export class SendReplyError extends AppError {
  readonly failureCode: FailureCode;
  constructor(failure: SendFailure) {
    super(APP_CODES[failure.code], failure.message, { retryAfterSeconds: failure.retryAfterSeconds });
    this.failureCode = failure.code;
  }
}

export function budgetFailure(spentMicros: number, budgetMicros: number): SendFailure {
  const dollars = (micros: number) => `$${(micros / 1_000_000).toFixed(2)}`;
  return {
    code: "budget_exhausted",
    message: `This client's monthly X budget is used up (${dollars(spentMicros)} of ${dollars(budgetMicros)}). An account manager can raise it on the client's page. ${KEPT}`,
    definite: true,
  };
}
