import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startSyncWorker } from "@/lib/sync";
import { createTenant } from "../../factories/create-tenant";
import { bulkMentions, connectSimAccount, FAST, makeDue, requestsOf, startSim, storedInbound, syncAll, truthInbound, waitFor, type Sim } from "./harness";

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

describe("mention backlog", () => {
  it("syncs 20 accounts × 500 mentions through the worker to exactly the simulator's ground truth", async () => {
    const tenant = await createTenant("backlog");
    const accounts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: i % 2 ? tenant.clients.a.id : tenant.clients.b.id })),
    );
    for (const a of accounts) await bulkMentions(sim, a.username, 500);

    const worker = await startSyncWorker({ concurrency: 6, tickMs: 200, queueSuffix: `t${randomBytes(4).toString("hex")}`, agencyIds: [tenant.agencyId], sync: FAST });
    try {
      await waitFor(async () => (await db.post.count({ where: { agencyId: tenant.agencyId, inbound: true } })) >= 10_000, 60_000, "10,000 mentions");
    } finally {
      await worker.stop();
    }
    for (const a of accounts) {
      expect(await storedInbound(a.accountId)).toEqual(await truthInbound(sim, a.username));
    }
    // One conversation per mention (each starts its own thread), each waiting on the client's SLA.
    expect(await db.conversation.count({ where: { agencyId: tenant.agencyId } })).toBe(10_000);
    expect(await db.conversation.count({ where: { agencyId: tenant.agencyId, OR: [{ slaDueAt: null }, { awaitingSince: null }] } })).toBe(0);
  });

  it("records a gap when more than X's 800 mentions arrive between runs, and fills it from recent search", async () => {
    const tenant = await createTenant("gap");
    const account = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    await bulkMentions(sim, account.username, 50, { spreadMs: 50_000 });
    await syncAll([account.accountId]);

    await bulkMentions(sim, account.username, 950, { spreadMs: 950 });
    const before = await requestsOf(sim, account.username);
    await makeDue([account.accountId]);
    const [result] = await syncAll([account.accountId]);
    expect(result, JSON.stringify(result)).toMatchObject({ status: "done", failed: false });

    const truth = await truthInbound(sim, account.username);
    expect(truth).toHaveLength(1000);
    expect(await storedInbound(account.accountId)).toEqual(truth);
    const after = await requestsOf(sim, account.username);
    // The timeline served its 800 (8 pages); search brought the 150 it could not.
    expect((after["GET /2/users/:id/mentions"] ?? 0) - (before["GET /2/users/:id/mentions"] ?? 0)).toBe(8);
    expect((after["GET /2/tweets/search/recent"] ?? 0) - (before["GET /2/tweets/search/recent"] ?? 0)).toBeGreaterThanOrEqual(2);
    const cursor = await db.syncCursor.findUnique({ where: { accountId_endpoint: { accountId: account.accountId, endpoint: "mentions" } } });
    expect(cursor).toMatchObject({ gapFromId: null, gapToId: null });
  });
});
