import type { SyncStream } from "@/lib/x-accounts";
import type { PgClient } from "./pg-pool";

export type Cursor = {
  endpoint: SyncStream;
  sinceId: string | null;
  lastRunAt: Date | null;
  lastDrainedAt: Date | null;
  nextRunAt: Date | null;
  itemsLastRun: number;
  consecutiveErr: number;
  gapFromId: string | null;
  gapToId: string | null;
};

type Row = {
  endpoint: SyncStream;
  since_id: string | null;
  last_run_at: Date | null;
  last_drained_at: Date | null;
  next_run_at: Date | null;
  items_last_run: number;
  consecutive_errors: number;
  gap_from_id: string | null;
  gap_to_id: string | null;
};

export async function loadCursors(client: PgClient, accountId: string): Promise<Map<SyncStream, Cursor>> {
  const { rows } = await client.query<Row>(
    `SELECT endpoint, since_id, last_run_at, last_drained_at, next_run_at, items_last_run, consecutive_errors, gap_from_id, gap_to_id
     FROM sync_cursors WHERE account_id = $1`,
    [accountId],
  );
  return new Map(
    rows.map((r) => [
      r.endpoint,
      {
        endpoint: r.endpoint,
        sinceId: r.since_id,
        lastRunAt: r.last_run_at,
        lastDrainedAt: r.last_drained_at,
        nextRunAt: r.next_run_at,
        itemsLastRun: r.items_last_run,
        consecutiveErr: r.consecutive_errors,
        gapFromId: r.gap_from_id,
        gapToId: r.gap_to_id,
      },
    ]),
  );
}

export type CursorUpdate = {
  sinceId?: string | null;
  drained?: boolean;
  nextRunAt: Date;
  itemsLastRun?: number;
  consecutiveErr: number;
  lastError: string | null;
  gap?: { fromId: string; toId: string } | null;
};

/** Records a stream's run. since_id only moves when the caller says so (after a fully drained run). */
export async function saveCursor(client: PgClient, accountId: string, endpoint: SyncStream, update: CursorUpdate): Promise<void> {
  const gapGiven = update.gap !== undefined;
  await client.query(
    `INSERT INTO sync_cursors (account_id, endpoint, since_id, last_run_at, last_drained_at, next_run_at, items_last_run, consecutive_errors, last_error, gap_from_id, gap_to_id, gap_detected_at)
     VALUES ($1, $2, $3, now(), CASE WHEN $4 THEN now() END, $5, coalesce($6, 0), $7, $8, $10, $11, CASE WHEN $10::text IS NOT NULL THEN now() END)
     ON CONFLICT (account_id, endpoint) DO UPDATE SET
       since_id = CASE WHEN $12 THEN EXCLUDED.since_id ELSE sync_cursors.since_id END,
       last_run_at = now(),
       last_drained_at = CASE WHEN $4 THEN now() ELSE sync_cursors.last_drained_at END,
       next_run_at = EXCLUDED.next_run_at,
       items_last_run = coalesce($6, sync_cursors.items_last_run),
       consecutive_errors = EXCLUDED.consecutive_errors,
       last_error = EXCLUDED.last_error,
       gap_from_id = CASE WHEN $9 THEN EXCLUDED.gap_from_id ELSE sync_cursors.gap_from_id END,
       gap_to_id = CASE WHEN $9 THEN EXCLUDED.gap_to_id ELSE sync_cursors.gap_to_id END,
       gap_detected_at = CASE WHEN $9 THEN (CASE WHEN EXCLUDED.gap_from_id IS NULL THEN NULL
                                                 WHEN sync_cursors.gap_from_id IS NOT DISTINCT FROM EXCLUDED.gap_from_id THEN sync_cursors.gap_detected_at
                                                 ELSE now() END)
                              ELSE sync_cursors.gap_detected_at END`,
    [
      accountId,
      endpoint,
      update.sinceId ?? null,
      update.drained ?? false,
      update.nextRunAt,
      update.itemsLastRun ?? null,
      update.consecutiveErr,
      update.lastError,
      gapGiven,
      update.gap?.fromId ?? null,
      update.gap?.toId ?? null,
      update.sinceId !== undefined,
    ],
  );
}
