import { errorFields, log } from "@/lib/log/logger";
import { refreshAllMetrics, refreshRecentMetrics } from "@/lib/metrics/refresh-recent-metrics";
import { closeDueMonths } from "@/lib/reports/close-due-months";

const RECENT_EVERY_MS = 60_000;
const HOURLY_MS = 3_600_000;

/**
 * Report upkeep beside the sync: every minute the rollups of accounts that just synced, every hour
 * all rollups and the month close (a month freezes on the 1st in each client's time zone).
 */
export function startReportMaintenance(): { stop: () => void } {
  let lastRecent = new Date();
  let running = false;
  const guard = (name: string, work: () => Promise<unknown>) => async () => {
    if (running) return;
    running = true;
    try {
      await work();
    } catch (error) {
      log.error(`${name} failed`, errorFields(error));
    } finally {
      running = false;
    }
  };
  const recent = setInterval(
    guard("metrics refresh", async () => {
      const since = lastRecent;
      lastRecent = new Date();
      await refreshRecentMetrics(new Date(since.getTime() - 5_000));
    }),
    RECENT_EVERY_MS,
  );
  const hourly = guard("hourly report upkeep", async () => {
    await refreshAllMetrics();
    const closed = await closeDueMonths();
    if (closed.length) log.info("froze monthly reports", { count: closed.length });
  });
  const hourlyTimer = setInterval(hourly, HOURLY_MS);
  // A worker that was down over a month's end closes it as soon as it starts.
  setTimeout(hourly, 10_000);
  return {
    stop: () => {
      clearInterval(recent);
      clearInterval(hourlyTimer);
    },
  };
}
