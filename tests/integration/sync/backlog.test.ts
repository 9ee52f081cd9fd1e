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

  it("a first sync imports weeks-old conversations as done and recent ones open; a person writing again reopens theirs with a fresh SLA clock", async () => {
    const tenant = await createTenant("settle");
    const account = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    const day = 86_400_000;
    const fan = `f${randomBytes(6).toString("hex")}`;
    await sim.control("POST", "/_sim/accounts", { username: fan });
    type SimPost = { post: { id: string; conversationId: string; createdAt: string } };
    const stale = await sim.control<SimPost>("POST", "/_sim/mentions", { to: account.username, from: fan, text: `@${account.username} hello?`, at: new Date(Date.now() - 30 * day).toISOString() });
    await bulkMentions(sim, account.username, 40, { endAt: new Date(Date.now() - 8 * day).toISOString(), spreadMs: 20 * day });
    await bulkMentions(sim, account.username, 10, { spreadMs: 6 * day });
    // A thread that started 12 days ago and came back to life yesterday: it waits since yesterday's reply.
    const oldStart = await sim.control<SimPost>("POST", "/_sim/mentions", { to: account.username, from: fan, text: `@${account.username} any news?`, at: new Date(Date.now() - 12 * day).toISOString() });
    const revived = await sim.control<SimPost>("POST", "/_sim/replies", { to: oldStart.post.id, from: fan, text: `@${account.username} still waiting`, at: new Date(Date.now() - day).toISOString() });

    await syncAll([account.accountId]);
    const byStatus = async () =>
      Object.fromEntries((await db.conversation.groupBy({ by: ["status"], where: { accountId: account.accountId }, _count: true })).map((g) => [g.status, g._count]));
    expect(await byStatus()).toEqual({ OPEN: 11, DONE: 41 });
    const thread = await db.conversation.findFirstOrThrow({ where: { accountId: account.accountId, xConversationId: oldStart.post.conversationId } });
    expect(thread).toMatchObject({ status: "OPEN", inboundCount: 2, firstInboundAt: new Date(oldStart.post.createdAt), awaitingSince: new Date(revived.post.createdAt) });
    const old = await db.conversation.findFirstOrThrow({ where: { accountId: account.accountId, xConversationId: stale.post.conversationId } });
    expect(old).toMatchObject({ status: "DONE", inboundCount: 1, awaitingSince: null, slaDueAt: null, firstResponseAt: null });
    expect(await db.conversation.count({ where: { accountId: account.accountId, status: "OPEN", OR: [{ awaitingSince: null }, { slaDueAt: null }] } })).toBe(0);

    // Later runs leave statuses to people and to new items: a new item reopens the old conversation, waiting since that item.
    const back = await sim.control<SimPost>("POST", "/_sim/replies", { to: stale.post.id, from: fan, text: `@${account.username} anyone there?` });
    await makeDue([account.accountId]);
    await syncAll([account.accountId]);
    const reopened = await db.conversation.findUniqueOrThrow({ where: { id: old.id } });
    expect(reopened).toMatchObject({ status: "OPEN", doneAt: null, inboundCount: 2, awaitingSince: new Date(back.post.createdAt) });
    expect(reopened.slaDueAt!.getTime()).toBeGreaterThan(new Date(back.post.createdAt).getTime());
    expect(await byStatus()).toEqual({ OPEN: 12, DONE: 40 });
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
