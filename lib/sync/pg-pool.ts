import pg from "pg";
import { env } from "@/lib/env";

// The sync's own pool of plain pg connections: bulk ingest is set-based SQL (unnest arrays, ON CONFLICT),
// several times faster than row-by-row Prisma writes, and the per-account advisory lock is a session
// lock that must stay on one connection for a whole run.
export type PgClient = pg.PoolClient;

let pool: pg.Pool | undefined;
let poolMax = 20;

/** Set before first use: a run holds one connection for its lock and borrows another per page. */
export function setSyncPoolSize(max: number): void {
  poolMax = max;
}

export function syncPool(): pg.Pool {
  if (!pool) {
    pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: poolMax, application_name: "rapport-sync" });
    // An idle client that errors (server restart) must not crash the process; the pool replaces it.
    pool.on("error", () => undefined);
  }
  return pool;
}

export async function closeSyncPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.end();
}

const RETRYABLE_SQLSTATES = new Set(["40P01", "40001"]);

/**
 * Runs `fn` in one transaction; retried (a few times) when Postgres reports a deadlock or serialization
 * failure. Commits do not wait for the WAL flush (synchronous_commit off): a crash can lose only the last
 * few hundred milliseconds of commits, in order, so a lost page always comes with its lost cursor move and
 * is simply read again. Waiting for the flush made concurrent pages queue behind each other's commits.
 */
export async function inTransaction<T>(fn: (client: PgClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await syncPool().connect();
    try {
      await client.query("BEGIN; SET LOCAL synchronous_commit = off");
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      const code = (error as { code?: string }).code;
      if (attempt < 4 && code && RETRYABLE_SQLSTATES.has(code)) continue;
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * Runs `fn` while holding a session advisory lock on `key`, on a connection of its own kept for the whole
 * run; returns `busy` at once when someone else holds it. If this process dies, Postgres drops the
 * connection and with it the lock.
 */
export async function withTryLock<T>(key: string, fn: (client: PgClient) => Promise<T>): Promise<{ busy: true } | { busy: false; value: T }> {
  const client = await syncPool().connect();
  let broken = false;
  try {
    const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok", [key]);
    if (!rows[0]?.ok) return { busy: true };
    try {
      return { busy: false, value: await fn(client) };
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [key]).catch(() => {
        broken = true;
      });
    }
  } finally {
    client.release(broken);
  }
}
