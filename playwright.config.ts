import path from "node:path";
import { defineConfig } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT as PORT } from "./e2e/fixtures/base-url";
import { findChromium } from "./scripts/lib/find-browser";

// Run through `npm test`, which provides the database, secrets and a production build.
const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 4110);
const baseURL = E2E_BASE_URL;

const appEnv = {
  ...(process.env as Record<string, string>),
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_TRUST_HOST: "true",
  APP_URL: baseURL,
  X_API_BASE_URL: `http://127.0.0.1:${SIM_PORT}`,
  X_AUTHORIZE_URL: `http://127.0.0.1:${SIM_PORT}/i/oauth2/authorize`,
  X_CLIENT_ID: "rapport-dev",
  X_CLIENT_SECRET: "rapport-dev-secret",
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      // Background networking flags: this machine's closed network refuses Chromium's own calls home.
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: [
    {
      // The X simulator in place of X; live activity off so tests control every item.
      command: `${path.join("node_modules", ".bin", "tsx")} x-sim/main.ts`,
      url: `http://127.0.0.1:${SIM_PORT}/_sim/health`,
      env: { ...(process.env as Record<string, string>), X_SIM_PORT: String(SIM_PORT), X_SIM_ACTIVITY_MS: "0" },
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The sync worker, polling fast so a test sees new mentions within seconds.
      command: `${path.join("node_modules", ".bin", "tsx")} worker/main.ts`,
      wait: { stdout: /sync worker started/ },
      env: { ...appEnv, NODE_ENV: "production", SYNC_TICK_MS: "500", SYNC_ACTIVE_POLL_MS: "1500", SYNC_IDLE_POLL_MS: "2000", SYNC_OWN_POSTS_POLL_MS: "3000" },
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // The production server, as `npm start` runs it: several web processes, so anything live (the inbox
      // stream, presence, approvals) is exercised across processes.
      command: `${path.join("node_modules", ".bin", "tsx")} scripts/serve.ts`,
      url: `${baseURL}/api/health`,
      env: { ...appEnv, PORT: String(PORT), HOSTNAME: "127.0.0.1", WEB_CONCURRENCY: "2" },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
