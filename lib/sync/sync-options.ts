import { z } from "zod";

// How the sync paces itself. Defaults suit real X; tests and the benchmark shorten them.
export const syncOptionsSchema = z.object({
  /** Mentions poll interval while an account is busy, growing ×1.5 per idle poll up to idlePollMs. */
  activePollMs: z.number().int().positive().default(15_000),
  idlePollMs: z.number().int().positive().default(60_000),
  ownPostsPollMs: z.number().int().positive().default(60_000),
  metricsEveryMs: z.number().int().positive().default(3_600_000),
  followersEveryMs: z.number().int().positive().default(86_400_000),
  /** Re-read this much before the cursor: X indexes some mentions late (pitfall 2). */
  overlapMs: z.number().int().nonnegative().default(30_000),
  /** Per-request timeout. */
  requestTimeoutMs: z.number().int().positive().default(10_000),
  /** Attempts per call for 5xx, timeouts and malformed bodies (then the run fails; the cursor stays). */
  maxAttempts: z.number().int().positive().default(5),
  retryBaseMs: z.number().int().positive().default(500),
  retryCapMs: z.number().int().positive().default(8_000),
  /** After a failed run: base of the exponential delay before the next one. */
  failureBackoffMs: z.number().int().positive().default(30_000),
  failureBackoffCapMs: z.number().int().positive().default(900_000),
  /**
   * Longest wait honoured for a rate-limit reset before trying again. Real X: as long as it says (24 h).
   * Only tests against the simulator, whose injected 429s do not reflect real exhaustion, shorten it.
   */
  maxRateLimitWaitMs: z.number().int().positive().default(86_400_000),
  /** Own posts read on an account's first sync (newest first); over budget only the first page. */
  ownPostsBackfillPages: z.number().int().nonnegative().default(2),
  /** Own posts younger than this have their metrics refreshed. */
  metricsWindowMs: z.number().int().positive().default(30 * 86_400_000),
  maxThreadFetchesPerRun: z.number().int().nonnegative().default(3),
});

export type SyncOptions = z.infer<typeof syncOptionsSchema>;
export type SyncOptionsInput = z.input<typeof syncOptionsSchema>;

export const resolveSyncOptions = (input: SyncOptionsInput = {}): SyncOptions => syncOptionsSchema.parse(input);
