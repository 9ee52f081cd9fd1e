// `npm start`: everything a newcomer needs, from a fresh clone. Uses DATABASE_URL when set,
// otherwise an embedded PostgreSQL under .data/; applies migrations, seeds the demo agency,
// builds if needed, then runs the X simulator (unless real X credentials are configured)
// and the app. Ctrl-C stops everything.
import "./lib/require-node";
import { existsSync } from "node:fs";
import path from "node:path";
import { type EmbeddedDb, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { ensureBuild } from "./lib/ensure-build";
import { localSecrets } from "./lib/local-secrets";
import { DATA_DIR, ROOT } from "./lib/paths";
import { prismaEnv } from "./lib/prisma-env";
import { run, startService, stopServices, waitForUrl } from "./lib/run";

if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));

const PORT = Number(process.env.PORT ?? 3000);
const SIM_PORT = Number(process.env.X_SIM_PORT ?? 4100);
const tsx = path.join(ROOT, "node_modules/.bin/tsx");
let embedded: EmbeddedDb | undefined;

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", AUTH_TRUST_HOST: "true" };
  const secrets = localSecrets();
  env.AUTH_SECRET ??= secrets.AUTH_SECRET;
  env.TOKEN_ENCRYPTION_KEY ??= secrets.TOKEN_ENCRYPTION_KEY;
  env.APP_URL ??= `http://localhost:${PORT}`;

  if (!env.DATABASE_URL) {
    console.log("No DATABASE_URL: starting the embedded PostgreSQL in .data/postgres …");
    embedded = await startEmbeddedPostgres({ dir: path.join(DATA_DIR, "postgres"), port: Number(env.EMBEDDED_PG_PORT ?? 54329), database: "rapport", log: console.error });
    env.DATABASE_URL = embedded.url;
  }

  await run(tsx, ["scripts/prisma.ts", "migrate", "deploy"], prismaEnv(env));
  await run(tsx, ["prisma/seed.ts"], env);

  const useSimulator = !env.X_CLIENT_ID && existsSync(path.join(ROOT, "x-sim/main.ts"));
  if (useSimulator) {
    env.X_API_BASE_URL = `http://127.0.0.1:${SIM_PORT}`;
    env.X_AUTHORIZE_URL = `http://127.0.0.1:${SIM_PORT}/i/oauth2/authorize`;
    env.X_CLIENT_ID = "rapport-dev";
    env.X_CLIENT_SECRET = "rapport-dev-secret";
    // The simulator keeps its world (tokens, posts, replies sent) in .data/ like the database, so a restart
    // finds the demo accounts still connected and what was answered still answered.
    const simState = env.X_SIM_STATE_FILE ?? path.join(DATA_DIR, "x-sim-state.json");
    startService("X simulator", tsx, ["x-sim/main.ts"], { ...env, X_SIM_PORT: String(SIM_PORT), X_SIM_STATE_FILE: simState }, serviceDied);
    await waitForUrl(`http://127.0.0.1:${SIM_PORT}/_sim/health`, 30_000);
    await run(tsx, ["scripts/connect-demo-accounts.ts"], env);
  }
  if (existsSync(path.join(ROOT, "worker/main.ts"))) startService("Sync worker", tsx, ["worker/main.ts"], env, serviceDied);

  await ensureBuild(env, env.NEXT_DIST_DIR);
  startService("Rapport web server", tsx, ["scripts/serve.ts"], { ...env, PORT: String(PORT) }, serviceDied);
  await waitForUrl(`http://127.0.0.1:${PORT}/api/health`);

  console.log(`
  Rapport is running at ${env.APP_URL}
${useSimulator ? `  X simulator (fake X, for demos and training): http://127.0.0.1:${SIM_PORT}\n` : ""}
  Demo sign-ins (password: rapport-demo)
    admin@rapport.demo     agency admin
    manager@rapport.demo   account manager
    sam@rapport.demo       staff (Northwind Coffee, Lumen Bikes)
    tess@rapport.demo      staff (all clients)
    nora@northwind.demo    client viewer (Northwind Coffee)

  Press Ctrl-C to stop.
`);
}

// Running on half-dead (no worker: nothing syncs; no simulator: every X call fails) would look like
// a working app that quietly is not; stop everything and say which part died instead.
function serviceDied(name: string, how: string) {
  console.error(`\n${name} stopped unexpectedly (${how}); stopping Rapport.`);
  void shutdown(1);
}

let shuttingDown = false;
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  // Services first: the worker finishes its page and the web server its requests while the database is still up.
  await stopServices();
  await embedded?.stop().catch(() => {});
  process.exit(code);
}

// embedded-postgres installs async-exit-hook, which on a signal stops the database straight away and
// exits (while the worker and web server still use it), and on beforeExit exits 0 whatever happened.
// Shutdown here is our own and in order: services first, then the database, then the exit code we chose.
for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "beforeExit"] as const) process.removeAllListeners(event);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
