import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTenant } from "../../factories/create-tenant";
import { bulkMentions, connectSimAccount, FAST, makeDue, requestsOf, startSim, storedInbound, syncAll, truthInbound, uniqueUsername, type Sim } from "./harness";

const MENTIONS = "GET /2/users/:id/mentions";
const LOOKUP = "GET /2/tweets";
const SEARCH = "GET /2/tweets/search/recent";

type SimPost = { post: { id: string; createdAt: string } };

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

describe("X calls per sync", () => {
  it("drains N new mentions in ceil(N/100) calls and polls an idle account with one call", async () => {
    const tenant = await createTenant("calls");
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    const mentionCalls = async () => (await requestsOf(sim, a.username))[MENTIONS] ?? 0;

    await bulkMentions(sim, a.username, 250);
    await syncAll([a.accountId]);
    expect(await mentionCalls()).toBe(3);

    for (let poll = 1; poll <= 3; poll++) {
      await makeDue([a.accountId]);
      await syncAll([a.accountId]);
      expect(await mentionCalls()).toBe(3 + poll);
    }

    await bulkMentions(sim, a.username, 130, { spreadMs: 130 });
    await makeDue([a.accountId]);
    await syncAll([a.accountId]);
    expect(await mentionCalls()).toBe(6 + 2);
    expect(await storedInbound(a.accountId)).toEqual(await truthInbound(sim, a.username));
  });
});

describe("metrics refresh", () => {
  it("looks up the metrics of 250 recent own posts in ceil(250/100) = 3 calls, every post included", async () => {
    const tenant = await createTenant("metrics");
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    for (let i = 1; i <= 250; i++) await sim.control("POST", "/_sim/posts", { from: a.username, text: `Opening hours update #${i}` });
    const lookups = async () => (await requestsOf(sim, a.username))[LOOKUP] ?? 0;
    const own = { accountId: a.accountId, inbound: false };

    // The first run reads the posts (three pages) and refreshes their metrics in the same run.
    await syncAll([a.accountId], { ...FAST, ownPostsBackfillPages: 3 });
    expect(await db.post.count({ where: own })).toBe(250);
    expect(await lookups()).toBe(3);

    // Forget what we know, then let the refresh come round: three calls put every post's figures back.
    await db.post.updateMany({ where: own, data: { impressions: -1, metricsUpdatedAt: null } });
    await makeDue([a.accountId]);
    await syncAll([a.accountId]);
    expect(await lookups()).toBe(6);
    expect(await db.post.count({ where: { ...own, metricsUpdatedAt: { not: null }, impressions: { gte: 0 } } })).toBe(250);
  });
});

describe("thread context", () => {
  const person = async () => {
    const username = uniqueUsername("p");
    await sim.control("POST", "/_sim/accounts", { username });
    return username;
  };

  it("searches a conversation only for a reply whose parent X did not include, once", async () => {
    const tenant = await createTenant("context");
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    const searches = async () => (await requestsOf(sim, a.username))[SEARCH] ?? 0;

    // Standalone mentions carry everything: no thread is fetched, nor any metrics looked up (no own posts).
    await bulkMentions(sim, a.username, 120);
    await syncAll([a.accountId]);
    expect(await storedInbound(a.accountId)).toHaveLength(120);
    expect(await searches()).toBe(0);
    expect((await requestsOf(sim, a.username))[LOOKUP] ?? 0).toBe(0);

    // A reply into someone else's thread: X includes the parent it answers, so nothing is missing.
    const host = await person();
    const root = await sim.control<SimPost>("POST", "/_sim/posts", { from: host, text: "Where do you all get coffee beans?" });
    await sim.control("POST", "/_sim/replies", { to: root.post.id, from: await person(), text: `@${host} @${a.username} has the best ones` });
    await makeDue([a.accountId]);
    await syncAll([a.accountId]);
    expect(await storedInbound(a.accountId)).toHaveLength(121);
    expect(await searches()).toBe(0);

    // The same, but the parent was deleted: X cannot include it, so the thread is read from search, once.
    const other = await sim.control<SimPost>("POST", "/_sim/posts", { from: host, text: "Best pastry in town?" });
    const reply = await sim.control<SimPost>("POST", "/_sim/replies", { to: other.post.id, from: await person(), text: `@${host} ask @${a.username}` });
    await sim.control("DELETE", `/_sim/posts/${other.post.id}`);
    await makeDue([a.accountId]);
    await syncAll([a.accountId]);
    expect(await searches()).toBe(1);
    expect(await storedInbound(a.accountId)).toContain(reply.post.id);

    // Later polls re-read the overlap window but find nothing new missing: no more searches.
    await makeDue([a.accountId]);
    await syncAll([a.accountId]);
    expect(await searches()).toBe(1);
    expect(await storedInbound(a.accountId)).toEqual(await truthInbound(sim, a.username));
  });
});
