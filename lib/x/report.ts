// What every call to X reports, success or failure, so the usage ledger and the stored rate-limit
// state are written from one place.

export type RateLimitWindowState = { limit: number; remaining: number; reset: Date };

export type RateLimitInfo = RateLimitWindowState & {
  /** The 24-hour limits some endpoints carry besides the 15-minute window. */
  userDay?: RateLimitWindowState;
  appDay?: RateLimitWindowState;
};

export type XCallReport = {
  /** X's route name, e.g. "GET /2/users/:id/mentions". */
  endpoint: string;
  /** HTTP status; 0 when no response arrived (timeout, dropped connection). */
  status: number;
  /** Billable items read: posts and users in data and includes. */
  items: number;
  postIds: readonly string[];
  userIds: readonly string[];
  /** Set for created posts: what X bills for them. */
  created?: "post" | "post_with_url" | "summoned_reply";
  rateLimit: RateLimitInfo | null;
  durationMs: number;
  at: Date;
};

export type XCallHook = (report: XCallReport) => void;

/** The strictest window: the one a caller must respect first. */
export function tightestWindow(info: RateLimitInfo): RateLimitWindowState & { window: "15m" | "24h" } {
  let best: RateLimitWindowState & { window: "15m" | "24h" } = { ...info, window: "15m" };
  for (const day of [info.userDay, info.appDay]) {
    if (day && (day.remaining < best.remaining || (day.remaining === best.remaining && day.reset > best.reset))) best = { ...day, window: "24h" };
  }
  return best;
}
