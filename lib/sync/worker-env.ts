import { z } from "zod";
import type { SyncWorkerOptions } from "./start-sync-worker";

// The worker's tuning knobs, read once at start. Everything is optional: defaults suit real X.
// (They belong in lib/env.ts with the rest; kept here until that file takes them.)
const intMs = z.coerce.number().int().positive().optional();
const workerEnvSchema = z.object({
  SYNC_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  SYNC_TICK_MS: intMs,
  SYNC_ACTIVE_POLL_MS: intMs,
  SYNC_IDLE_POLL_MS: intMs,
  SYNC_OWN_POSTS_POLL_MS: intMs,
  SYNC_REQUEST_TIMEOUT_MS: intMs,
  SYNC_RETRY_BASE_MS: intMs,
  SYNC_FAILURE_BACKOFF_MS: intMs,
  SYNC_MAX_RATE_LIMIT_WAIT_MS: intMs,
  SYNC_OVERLAP_MS: z.coerce.number().int().nonnegative().optional(),
  // A separate fleet (tests, benchmark): its own queue names, only these agencies (comma-separated ids).
  SYNC_QUEUE_SUFFIX: z.string().regex(/^[a-z0-9_-]{1,40}$/).optional(),
  SYNC_AGENCY_IDS: z
    .string()
    .transform((v) => v.split(",").map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(z.uuid()))
    .optional(),
});

export function workerOptionsFromEnv(source: Record<string, string | undefined>): SyncWorkerOptions {
  const e = workerEnvSchema.parse(source);
  const sync = {
    activePollMs: e.SYNC_ACTIVE_POLL_MS,
    idlePollMs: e.SYNC_IDLE_POLL_MS,
    ownPostsPollMs: e.SYNC_OWN_POSTS_POLL_MS,
    requestTimeoutMs: e.SYNC_REQUEST_TIMEOUT_MS,
    retryBaseMs: e.SYNC_RETRY_BASE_MS,
    failureBackoffMs: e.SYNC_FAILURE_BACKOFF_MS,
    maxRateLimitWaitMs: e.SYNC_MAX_RATE_LIMIT_WAIT_MS,
    overlapMs: e.SYNC_OVERLAP_MS,
  };
  const defined = Object.fromEntries(Object.entries(sync).filter(([, v]) => v !== undefined));
  return { concurrency: e.SYNC_CONCURRENCY, tickMs: e.SYNC_TICK_MS, sync: defined, queueSuffix: e.SYNC_QUEUE_SUFFIX, agencyIds: e.SYNC_AGENCY_IDS };
}
