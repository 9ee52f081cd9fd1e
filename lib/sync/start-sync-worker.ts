import { PgBoss } from "pg-boss";
import { z } from "zod";
import { env } from "@/lib/env";
import { errorFields, log } from "@/lib/log/logger";
import { pruneBilledItems } from "@/lib/usage/prune-billed-items";
import { closeSyncPool, setSyncPoolSize, syncPool, withTryLock } from "./pg-pool";
import { refreshFollowers } from "./refresh-followers";
import { syncAccount, type SyncRunResult } from "./sync-account";
import type { SyncOptionsInput } from "./sync-options";

export const SYNC_QUEUE = "rapport-sync-account";
export const FOLLOWERS_QUEUE = "rapport-sync-followers";
const PGBOSS_SCHEMA = "pgboss";

export type SyncWorkerOptions = {
  /** Accounts synced at once by this process (I/O bound: mostly waiting on X). */
  concurrency?: number;
  /** How often due accounts are put on the queue. */
  tickMs?: number;
  /** How often the follower refresh is queued (it only calls X for accounts that are due). */
  followersTickMs?: number;
  /** How long in-flight runs may finish after stop() before they are told to stop between pages. */
  shutdownGraceMs?: number;
  sync?: SyncOptionsInput;
  /**
   * Run a separate fleet: its own queue names and only these agencies' accounts. Production runs one
   * fleet (the defaults); tests and the benchmark use this to stay out of each other's way.
   */
  queueSuffix?: string;
  agencyIds?: readonly string[];
  onRun?: (accountId: string, result: SyncRunResult) => void;
};

export type SyncWorker = { stop(): Promise<void> };

const jobData = z.object({ accountId: z.uuid() });

/**
 * The sync worker: pg-boss (in its own `pgboss` schema on the app's Postgres) hands out jobs per due
 * account. The queue's "short" policy keeps at most one job queued per account (singleton key = account
 * id), and the run itself takes a per-account advisory lock, which is the real guarantee: a second job
 * for an account being synced returns at once. All sync state lives in our tables (cursors,
 * next_sync_at), so pg-boss never retries: a failed or killed run leaves the account due and the next
 * tick queues it again, without waiting for the dead worker's job to expire (its missing heartbeat
 * fails it later; Postgres released its lock when its connection died).
 */
export async function startSyncWorker(input: SyncWorkerOptions = {}): Promise<SyncWorker> {
  const concurrency = input.concurrency ?? 8;
  const tickMs = input.tickMs ?? 2_000;
  const followersTickMs = input.followersTickMs ?? 60_000;
  const shutdownGraceMs = input.shutdownGraceMs ?? 10_000;
  const suffix = input.queueSuffix ? `-${input.queueSuffix}` : "";
  const syncQueue = `${SYNC_QUEUE}${suffix}`;
  const followersQueue = `${FOLLOWERS_QUEUE}${suffix}`;
  const agencyIds = input.agencyIds ? [...input.agencyIds] : null;
  setSyncPoolSize(concurrency * 2 + 4);
  const abort = new AbortController();

  const boss = new PgBoss({
    connectionString: env().DATABASE_URL,
    schema: PGBOSS_SCHEMA,
    application_name: "rapport-worker",
    max: 4,
    superviseIntervalSeconds: 5,
    monitorIntervalSeconds: 10,
  });
  boss.on("error", (error: unknown) => log.error("pg-boss error", errorFields(error)));
  await boss.start();
  for (const name of [syncQueue, followersQueue]) {
    if (!(await boss.getQueue(name))) {
      await boss.createQueue(name, { policy: "short", retryLimit: 0, heartbeatSeconds: 10, expireInSeconds: 900, deleteAfterSeconds: 3_600 });
    }
  }

  await boss.work(syncQueue, { localConcurrency: concurrency, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (!job) return;
    const { accountId } = jobData.parse(job.data);
    const result = await syncAccount(accountId, input.sync, abort.signal);
    input.onRun?.(accountId, result);
    if (result.status === "done" && result.failed) {
      const reasons = result.outcomes.flatMap((o) => (o.kind === "failed" ? [`${o.stream}: ${o.message ?? ""}`] : []));
      throw new Error(`sync of ${accountId} failed (will run again when due): ${reasons.join("; ")}`);
    }
  });
  let lastPrune = 0;
  await boss.work(followersQueue, { pollingIntervalSeconds: 2 }, async () => {
    // One follower refresh at a time across the fleet, or two workers would read (and bill) it twice.
    await withTryLock(`rapport.followers${suffix}`, async () => {
      await refreshFollowers(input.sync, abort.signal, agencyIds ?? undefined);
      if (Date.now() - lastPrune > 3_600_000) {
        lastPrune = Date.now();
        await pruneBilledItems();
      }
    });
  });

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastFollowers = 0;
  const tick = async () => {
    try {
      await enqueueDueAccounts(boss, syncQueue, agencyIds);
      if (Date.now() - lastFollowers >= followersTickMs) {
        lastFollowers = Date.now();
        await boss.send(followersQueue, {}, { singletonKey: "all" });
      }
    } catch (error) {
      log.error("sync scheduler tick failed", errorFields(error));
    }
    if (!stopped) timer = setTimeout(tick, tickMs);
  };
  await tick();
  log.info("sync worker started", { concurrency, tickMs, queue: syncQueue });

  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      await Promise.all([boss.offWork(syncQueue, { wait: false }), boss.offWork(followersQueue, { wait: false })]).catch(() => undefined);
      const grace = setTimeout(() => abort.abort(), shutdownGraceMs);
      try {
        await boss.stop({ graceful: true, timeout: shutdownGraceMs + 20_000 });
      } finally {
        clearTimeout(grace);
        abort.abort();
        await closeSyncPool();
      }
      log.info("sync worker stopped");
    },
  };
}

/** Queues every active account whose next run is due; the "short" policy drops the ones already queued. */
async function enqueueDueAccounts(boss: PgBoss, queue: string, agencyIds: string[] | null): Promise<number> {
  const { rows } = await syncPool().query<{ id: string }>(
    `SELECT id FROM x_accounts WHERE status = 'ACTIVE' AND (next_sync_at IS NULL OR next_sync_at <= now())
       AND ($1::uuid[] IS NULL OR agency_id = ANY($1::uuid[]))
     ORDER BY next_sync_at NULLS FIRST LIMIT 2000`,
    [agencyIds],
  );
  if (rows.length) await boss.insert(queue, rows.map((r) => ({ data: { accountId: r.id }, singletonKey: r.id })));
  return rows.length;
}
