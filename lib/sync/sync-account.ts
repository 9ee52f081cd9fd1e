import { checkBudget } from "@/lib/usage/check-budget";
import type { SyncStream } from "@/lib/x-accounts";
import { loadCursors, saveCursor } from "./cursors";
import { fetchThread } from "./fetch-thread";
import { syncPool, withTryLock, type PgClient } from "./pg-pool";
import { refreshMetrics } from "./refresh-metrics";
import type { RunContext, StreamSuccess } from "./run-context";
import { runStream, type StreamOutcome } from "./run-stream";
import { loadSyncAccount } from "./sync-account-context";
import { syncMentions } from "./sync-mentions";
import { resolveSyncOptions, type SyncOptionsInput } from "./sync-options";
import { syncOwnPosts } from "./sync-own-posts";
import { withReports } from "./write-page";
import { XSession, type StoredRateLimit } from "./x-session";

const STREAMS: ReadonlyArray<[SyncStream, (ctx: RunContext) => Promise<StreamSuccess>]> = [
  ["mentions", syncMentions],
  ["own_posts", syncOwnPosts],
  ["metrics", refreshMetrics],
];

export type SyncRunResult =
  | { status: "busy" | "inactive" }
  | { status: "done"; newItems: number; failed: boolean; outcomes: Array<{ stream: SyncStream; kind: StreamOutcome["kind"]; message?: string }> };

const lockKey = (accountId: string) => `rapport.sync:${accountId}`;

/**
 * One sync run for one account: every stream that is due (mentions, own posts, metrics), under a Postgres
 * advisory lock held for the whole run, so two workers never sync the same account at once whatever the
 * queue does. Returns "busy" when another worker holds the lock.
 */
export async function syncAccount(accountId: string, input: SyncOptionsInput = {}, signal?: AbortSignal): Promise<SyncRunResult> {
  const options = resolveSyncOptions(input);
  const outcome = await withTryLock(lockKey(accountId), (lock) => runLocked(lock, accountId, options, signal));
  return outcome.busy ? { status: "busy" } : outcome.value;
}

async function runLocked(lock: PgClient, accountId: string, options: ReturnType<typeof resolveSyncOptions>, signal?: AbortSignal): Promise<SyncRunResult> {
  const account = await loadSyncAccount(lock, accountId);
  if (!account || account.status !== "ACTIVE") return { status: "inactive" };
  const cursors = await loadCursors(lock, accountId);
  const { rows: limits } = await lock.query<StoredRateLimit>(
    `SELECT endpoint, remaining, reset_at AS "resetAt", updated_at AS "updatedAt" FROM rate_limit_states WHERE account_id = $1`,
    [accountId],
  );
  const budget = await checkBudget(account.clientId);
  const session = new XSession(accountId, options, limits, signal);
  const startedAt = new Date();
  const ctx: RunContext = { account, session, options, cursors, overBudget: budget.overBudget, startedAt, signal, missingParents: new Map() };

  const outcomes: StreamOutcome[] = [];
  for (const [stream, run] of STREAMS) {
    const cursor = cursors.get(stream);
    if (cursor?.nextRunAt && cursor.nextRunAt.getTime() > startedAt.getTime() + 250) continue;
    const outcome = await runStream(ctx, stream, run);
    outcomes.push(outcome);
    if (outcome.kind === "account_unavailable" || outcome.kind === "aborted") break;
  }
  let newItems = outcomes.reduce((sum, o) => sum + (o.kind === "ok" ? o.newItems : 0), 0);
  if (!outcomes.some((o) => o.kind === "account_unavailable" || o.kind === "aborted")) newItems += await fetchMissingThreads(ctx);

  await withReports(account, session, async (client) => {
    for (const outcome of outcomes) if ("update" in outcome) await saveCursor(client, accountId, outcome.stream, outcome.update);
    const problem = outcomes.find((o) => o.kind === "plan" || o.kind === "failed" || o.kind === "account_unavailable");
    const succeeded = outcomes.some((o) => o.kind === "ok");
    await client.query(
      `UPDATE x_accounts a SET
         last_sync_at = CASE WHEN $2 THEN now() ELSE a.last_sync_at END,
         next_sync_at = CASE WHEN a.status = 'ACTIVE'
           THEN (SELECT min(next_run_at) FROM sync_cursors s WHERE s.account_id = a.id AND s.endpoint IN ('mentions', 'own_posts', 'metrics')) END,
         last_error = CASE WHEN a.status = 'ACTIVE' THEN $3 ELSE a.last_error END,
         updated_at = now()
       WHERE a.id = $1`,
      [accountId, succeeded, problem && "message" in problem ? problem.message : null],
    );
  });
  return {
    status: "done",
    newItems,
    failed: outcomes.some((o) => o.kind === "failed"),
    outcomes: outcomes.map((o) => ({ stream: o.stream, kind: o.kind, ...("message" in o ? { message: o.message } : {}) })),
  };
}

/** A few threads per run whose inbound items came without their parent and whose parent we do not hold. */
async function fetchMissingThreads(ctx: RunContext): Promise<number> {
  if (ctx.overBudget || ctx.missingParents.size === 0 || ctx.options.maxThreadFetchesPerRun === 0) return 0;
  const { rows } = await syncPool().query<{ x_id: string }>("SELECT x_id FROM posts WHERE account_id = $1 AND x_id = ANY($2::text[])", [
    ctx.account.id,
    [...ctx.missingParents.values()],
  ]);
  const held = new Set(rows.map((r) => r.x_id));
  const wanted = [...ctx.missingParents].filter(([, parent]) => !held.has(parent)).slice(0, ctx.options.maxThreadFetchesPerRun);
  let added = 0;
  for (const [conversation] of wanted) {
    // Context is best effort: a failure here must not fail the run that already stored the items.
    added += await fetchThread(ctx, conversation).catch(() => 0);
  }
  return added;
}
