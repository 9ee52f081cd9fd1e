import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTenant } from "../../factories/create-tenant";
import { bulkMentions, connectSimAccount, startSim, storedInbound, truthInbound, waitFor, type Sim } from "./harness";

const ROOT = path.resolve(import.meta.dirname, "../../..");

let sim: Sim;
const children = new Set<ChildProcess>();
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await sim?.close();
});

/** `npm run worker` as a child process, on this test's own queue and tenant. */
function startWorker(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "worker/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "test", SYNC_CONCURRENCY: "4", SYNC_TICK_MS: "200", SYNC_ACTIVE_POLL_MS: "300", SYNC_IDLE_POLL_MS: "600", SYNC_OWN_POSTS_POLL_MS: "600", SYNC_RETRY_BASE_MS: "20", SYNC_FAILURE_BACKOFF_MS: "100", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

const exitOf = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));

describe("the worker process", () => {
  it("survives kill -9 mid-drain: a new worker finishes the job, nothing lost or duplicated; SIGTERM stops it cleanly", { timeout: 90_000 }, async () => {
    const tenant = await createTenant("kill");
    const accounts = await Promise.all(Array.from({ length: 8 }, () => connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id })));
    for (const a of accounts) await bulkMentions(sim, a.username, 400);
    const total = accounts.length * 400;
    // Slow pages, so the first worker is surely mid-drain when it dies.
    await sim.control("POST", "/_sim/faults", { endpoint: "GET /2/users/:id/mentions", kind: "slow", probability: 1, delayMs: 120 });
    const env = { SYNC_QUEUE_SUFFIX: `kill-${randomBytes(4).toString("hex")}`, SYNC_AGENCY_IDS: tenant.agencyId };
    const count = () => db.post.count({ where: { agencyId: tenant.agencyId, inbound: true } });

    const first = startWorker(env);
    await waitFor(async () => (await count()) >= total / 4, 40_000, "the first worker to be mid-drain");
    first.kill("SIGKILL");
    await exitOf(first);
    const atKill = await count();
    expect(atKill).toBeLessThan(total);

    const second = startWorker(env);
    await waitFor(async () => (await count()) >= total, 50_000, "the second worker to finish");
    await sim.control("DELETE", "/_sim/faults");
    for (const a of accounts) expect(await storedInbound(a.accountId)).toEqual(await truthInbound(sim, a.username));
    const cursors = await db.syncCursor.findMany({ where: { accountId: { in: accounts.map((a) => a.accountId) }, endpoint: "mentions" } });
    expect(cursors.every((c) => c.sinceId !== null)).toBe(true);

    second.kill("SIGTERM");
    expect(await exitOf(second)).toBe(0);
  });
});
