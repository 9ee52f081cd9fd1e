import { isXError, XAuth, XRateLimitedError, XUnauthorizedError, type XCallOptions, type XCallReport } from "@/lib/x";
import { tightestWindow } from "@/lib/x/report";
import { getAccessToken } from "@/lib/x-accounts";
import { backoffMs, sleep } from "./backoff";
import { throwIfAborted } from "./run-context";
import type { SyncOptions } from "./sync-options";

export type StoredRateLimit = { endpoint: string; remaining: number; resetAt: Date; updatedAt: Date };

/**
 * One run's connection to X for one account: a credential (refreshed once on a 401), bounded retries with
 * backoff for 5xx/timeouts/malformed bodies, the account's rate-limit state (calls to an exhausted
 * endpoint are not even tried), and the reports of every call made, which the caller writes to the
 * ledger inside its page transactions.
 */
export class XSession {
  private auth: XAuth | undefined;
  private pending: XCallReport[] = [];
  private readonly limits = new Map<string, StoredRateLimit>();

  constructor(
    readonly accountId: string,
    private readonly options: SyncOptions,
    stored: readonly StoredRateLimit[] = [],
    private readonly signal?: AbortSignal,
  ) {
    for (const limit of stored) this.limits.set(limit.endpoint, limit);
  }

  /** When an endpoint may be called again, if its stored window is exhausted (waits capped by maxRateLimitWaitMs). */
  blockedUntil(endpoint: string, now = Date.now()): Date | null {
    const limit = this.limits.get(endpoint);
    if (!limit || limit.remaining > 0) return null;
    const until = Math.min(limit.resetAt.getTime(), limit.updatedAt.getTime() + this.options.maxRateLimitWaitMs);
    return until > now ? new Date(until) : null;
  }

  /** The endpoint's last known window (from stored state or this run's responses). */
  windowOf(endpoint: string): { remaining: number; reset: Date } | null {
    const limit = this.limits.get(endpoint);
    return limit ? { remaining: limit.remaining, reset: limit.resetAt } : null;
  }

  /** Reports not yet written to the ledger; the caller writes them in its next transaction. */
  takeReports(): XCallReport[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  putBack(reports: readonly XCallReport[]): void {
    this.pending.unshift(...reports);
  }

  private record = (report: XCallReport) => {
    this.pending.push(report);
    if (report.rateLimit) {
      const window = tightestWindow(report.rateLimit);
      this.limits.set(report.endpoint, { endpoint: report.endpoint, remaining: window.remaining, resetAt: window.reset, updatedAt: report.at });
    }
  };

  async call<T>(endpoint: string, fn: (auth: XAuth, options: XCallOptions) => Promise<T>): Promise<T> {
    const blocked = this.blockedUntil(endpoint);
    if (blocked) throw new XRateLimitedError(endpoint, blocked, "15m");
    this.auth ??= await getAccessToken(this.accountId);
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      throwIfAborted(this.signal);
      try {
        return await fn(this.auth, { onCall: this.record, timeoutMs: this.options.requestTimeoutMs });
      } catch (error) {
        if (error instanceof XUnauthorizedError && !refreshed) {
          // One refresh, then the same call again; a second 401 is a real problem.
          refreshed = true;
          this.auth = await getAccessToken(this.accountId, { rejected: this.auth, x: { onCall: this.record } });
          attempt--;
          continue;
        }
        if (!isXError(error) || !error.retryable || attempt >= this.options.maxAttempts) throw error;
        await sleep(backoffMs(attempt, this.options.retryBaseMs, this.options.retryCapMs), this.signal);
      }
    }
  }
}
