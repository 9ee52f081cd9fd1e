// The sync worker process: `npm run worker` (tsx worker/main.ts). Thin on purpose: lib/sync does the work.
import { log } from "@/lib/log/logger";
import { startSyncWorker } from "@/lib/sync";
import { workerOptionsFromEnv } from "@/lib/sync/worker-env";
import { startReportMaintenance } from "./report-maintenance";

async function main() {
  const worker = await startSyncWorker(workerOptionsFromEnv(process.env));
  const reports = startReportMaintenance();
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info("sync worker stopping", { signal });
    reports.stop();
    // Runs in flight finish their page and release their account; cursors only move after full drains.
    worker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error("sync worker did not stop cleanly", { error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  log.error("sync worker failed to start", { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
