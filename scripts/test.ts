// `npm test`: every test — lint, typecheck, unit, simulator, integration against real
// PostgreSQL, and end-to-end in Chromium against the production build.
// Uses DATABASE_URL when set (creating the database if missing), else an embedded PostgreSQL.
// Run a subset: `npm test -- unit integration` (steps: lint typecheck unit sim integration e2e).
import "./lib/require-node";
import { existsSync } from "node:fs";
import path from "node:path";
import { type EmbeddedDb, ensureDatabaseOf, recreateDatabaseOf, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { ensureBuild } from "./lib/ensure-build";
import { findChromium, NO_BROWSER_MESSAGE } from "./lib/find-browser";
import { DATA_DIR, ROOT } from "./lib/paths";
import { prismaEnv } from "./lib/prisma-env";
import { run } from "./lib/run";

const STEPS = ["lint", "typecheck", "unit", "sim", "integration", "e2e"] as const;
type Step = (typeof STEPS)[number];

// `npm test -- e2e -- e2e/inbox.spec.ts`: arguments after a second "--" go to Playwright.
const separator = process.argv.indexOf("--", 2);
const ownArgs = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const playwrightArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const requested = ownArgs.filter((a): a is Step => (STEPS as readonly string[]).includes(a));
const steps: Step[] = requested.length ? requested : [...STEPS];
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);
let embedded: EmbeddedDb | undefined;

function e2eDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = `${parsed.pathname}_e2e`;
  return parsed.toString();
}

async function timed(name: string, work: () => Promise<void>) {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  await work();
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function main() {
  const started = Date.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "test-secret-that-is-at-least-32-characters-long",
    TOKEN_ENCRYPTION_KEY: process.env.TOKEN_ENCRYPTION_KEY ?? Buffer.alloc(32, 7).toString("base64"),
  };

  if (steps.includes("e2e") && !findChromium()) throw new Error(NO_BROWSER_MESSAGE);

  if (steps.includes("lint")) await timed("lint", () => run(bin("eslint"), [".", "--max-warnings", "0"], env));
  if (steps.includes("typecheck")) await timed("typecheck", () => run(bin("tsc"), ["--noEmit"], env));
  if (steps.includes("unit")) await timed("unit tests", () => run(bin("vitest"), ["run", "--project", "unit"], env));
  if (steps.includes("sim") && existsSync(path.join(ROOT, "x-sim"))) await timed("X simulator tests", () => run(bin("vitest"), ["run", "--project", "sim"], env));

  if (steps.includes("integration") || steps.includes("e2e")) {
    await timed("test databases", async () => {
      if (!env.DATABASE_URL) {
        embedded = await startEmbeddedPostgres({ dir: path.join(DATA_DIR, "postgres-test"), port: Number(env.EMBEDDED_PG_TEST_PORT ?? 54330), database: "rapport_test", log: console.error });
        env.DATABASE_URL = embedded.url;
      }
      await ensureDatabaseOf(env.DATABASE_URL);
      // The e2e database starts empty every run: accounts an earlier run connected belong to simulators
      // that are gone, and a worker busy failing them delays the accounts the tests are waiting on.
      if (steps.includes("e2e")) await recreateDatabaseOf(e2eDatabaseUrl(env.DATABASE_URL));
      else await ensureDatabaseOf(e2eDatabaseUrl(env.DATABASE_URL));
      for (const url of [env.DATABASE_URL, e2eDatabaseUrl(env.DATABASE_URL)]) {
        await run(bin("tsx"), ["scripts/prisma.ts", "migrate", "deploy"], prismaEnv({ ...env, DATABASE_URL: url }));
      }
    });
  }
  if (steps.includes("integration")) await timed("integration tests", () => run(bin("vitest"), ["run", "--project", "integration"], env));
  if (steps.includes("e2e")) {
    // The e2e run has its own database: its sync worker must not spend its time on the
    // thousands of accounts integration tests leave behind (their simulators are gone).
    const e2eEnv = { ...env, DATABASE_URL: e2eDatabaseUrl(env.DATABASE_URL ?? "") };
    await timed("production build", () => ensureBuild({ ...e2eEnv, NODE_ENV: "production" }, env.NEXT_DIST_DIR));
    await timed("end-to-end tests (Chromium)", () => run(bin("playwright"), ["test", ...playwrightArgs], e2eEnv));
  }
  console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main()
  .catch((error: unknown) => {
    console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await embedded?.stop().catch(() => {});
    // Exit explicitly: embedded-postgres's own beforeExit handler would otherwise exit 0 over a failure.
    process.exit(process.exitCode ?? 0);
  });
