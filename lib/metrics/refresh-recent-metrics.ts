import { db } from "@/lib/db";
import { refreshDailyMetrics } from "./refresh-daily-metrics";

const DAY_MS = 86_400_000;
// Brand replies answer items up to weeks old, and metrics of posts up to 30 days old move:
// recompute that far back for the accounts that just synced.
const LOOKBACK_MS = 35 * DAY_MS;

/**
 * Keeps the report rollups current: the accounts synced since `since` get their last 35 days
 * recomputed (idempotent, so overlapping runs by several workers are harmless).
 */
export async function refreshRecentMetrics(since: Date, now = new Date()): Promise<number> {
  const accounts = await db.xAccount.findMany({ where: { lastSyncAt: { gte: since } }, select: { id: true } });
  if (accounts.length === 0) return 0;
  await refreshDailyMetrics({ accountIds: accounts.map((a) => a.id), from: new Date(now.getTime() - LOOKBACK_MS), to: now });
  return accounts.length;
}

/** The hourly pass over every account: today's followers, SLAs that ran out, anything missed. */
export async function refreshAllMetrics(now = new Date()): Promise<void> {
  await refreshDailyMetrics({ from: new Date(now.getTime() - LOOKBACK_MS), to: now });
}
