import { XPlanError, XRateLimitedError, XUnauthorizedError } from "@/lib/x";
import { AccountUnavailableError, markNeedsReconnect, type SyncStream } from "@/lib/x-accounts";
import type { CursorUpdate } from "./cursors";
import { SyncAbortedError, type RunContext, type StreamSuccess } from "./run-context";
import { failureDelay, rateLimitedUntil } from "./schedule";

// Plan and billing errors do not clear up by retrying soon; look again in an hour.
const PLAN_RETRY_MS = 3_600_000;

export type StreamOutcome =
  | { stream: SyncStream; kind: "ok"; newItems: number; update: CursorUpdate }
  | { stream: SyncStream; kind: "rate_limited" | "plan" | "failed"; message: string; update: CursorUpdate }
  | { stream: SyncStream; kind: "account_unavailable"; message: string }
  | { stream: SyncStream; kind: "aborted" };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs one stream and turns what went wrong into what the cursor and account must record: rate limits
 * wait for the reset (not a failure), plan/billing errors are surfaced and never answered with a token
 * refresh, failures back off exponentially. The cursor's since_id only moves on success.
 */
export async function runStream(ctx: RunContext, stream: SyncStream, run: (ctx: RunContext) => Promise<StreamSuccess>): Promise<StreamOutcome> {
  const cursor = ctx.cursors.get(stream);
  const errors = cursor?.consecutiveErr ?? 0;
  try {
    const success = await run(ctx);
    return { stream, kind: "ok", newItems: success.newItems, update: { ...success.update, consecutiveErr: 0, lastError: null } };
  } catch (error) {
    const now = new Date();
    if (error instanceof SyncAbortedError) return { stream, kind: "aborted" };
    if (error instanceof AccountUnavailableError) return { stream, kind: "account_unavailable", message: error.message };
    if (error instanceof XRateLimitedError) {
      const message = `Rate limited by X (${error.window} window) until ${error.resetAt.toISOString()}`;
      return { stream, kind: "rate_limited", message, update: { nextRunAt: rateLimitedUntil(error.resetAt, now, ctx.options.maxRateLimitWaitMs), consecutiveErr: errors, lastError: message } };
    }
    if (error instanceof XPlanError) {
      const message = `X refused ${error.endpoint} for the app's plan or credits (${error.reason}): ${error.message}`;
      return { stream, kind: "plan", message, update: { nextRunAt: new Date(now.getTime() + PLAN_RETRY_MS), consecutiveErr: errors + 1, lastError: message } };
    }
    if (error instanceof XUnauthorizedError) {
      // Still 401 with a freshly refreshed token: X no longer accepts this grant.
      const message = `X rejected the account's token after a refresh: reconnect the account (${error.message})`;
      await markNeedsReconnect(ctx.account.id, message);
      return { stream, kind: "account_unavailable", message };
    }
    const message = messageOf(error);
    const delay = failureDelay(errors + 1, ctx.options.failureBackoffMs, ctx.options.failureBackoffCapMs);
    return { stream, kind: "failed", message, update: { nextRunAt: new Date(now.getTime() + delay), consecutiveErr: errors + 1, lastError: message } };
  }
}
