import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSyncStatus, refreshFollowers, syncAccount } from "@/lib/sync";
import { getMonthlyUsage } from "@/lib/usage/get-monthly-usage";
import { actorFor } from "../../factories/actor-for";
import { createTenant } from "../../factories/create-tenant";
import { bulkMentions, connectSimAccount, FAST, makeDue, requestsOf, startSim, syncAll, type Sim } from "./harness";

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

type Billed = { byAccount: Record<string, { username: string | null; billed: { postsRead: number; usersRead: number; costUsd: number } }> };

describe("usage ledger and budget", () => {
  it("records every call with X's billed items and cost, and reports the month against the budget", async () => {
    const tenant = await createTenant("usage");
    await db.client.update({ where: { id: tenant.clients.a.id }, data: { monthlyBudgetCents: 100_000 } });
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    await bulkMentions(sim, a.username, 150);
    await syncAll([a.accountId]);
    await makeDue([a.accountId]);
    await syncAll([a.accountId]);

    const usage = await getMonthlyUsage(await actorFor(tenant.users.manager), tenant.clients.a.id);
    const log = await sim.control<Billed>("GET", "/_sim/truth/requests");
    const billed = Object.values(log.byAccount).find((x) => x.username === a.username)?.billed;
    const calls = await requestsOf(sim, a.username);
    expect(usage.calls).toBe(Object.values(calls).reduce((s, n) => s + n, 0));
    expect(usage.billedItems).toBe((billed?.postsRead ?? 0) + (billed?.usersRead ?? 0));
    expect(usage.costUsd).toBeCloseTo(billed?.costUsd ?? -1, 6);
    expect(usage).toMatchObject({ budgetUsd: 1_000, overBudget: false });
    expect(usage.byEndpoint.find((e) => e.endpoint === "GET /2/users/:id/mentions")).toMatchObject({ calls: calls["GET /2/users/:id/mentions"] });

    const [status] = await getSyncStatus(await actorFor(tenant.users.staffA), tenant.clients.a.id);
    expect(status).toMatchObject({ status: "ACTIVE", needsReconnect: false, itemsThisMonth: usage.billedItems, callsThisMonth: usage.calls });
    expect(status?.rateLimits.map((r) => r.endpoint)).toContain("GET /2/users/:id/mentions");
    // Client viewers do not see sync internals.
    await expect(getSyncStatus(await actorFor(tenant.users.viewerA), tenant.clients.a.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("over budget: metrics and follower counts stop, mentions keep polling", async () => {
    const tenant = await createTenant("budget");
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    const b = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.b.id });
    await sim.control("POST", "/_sim/posts", { from: a.username, text: "hello" });
    await bulkMentions(sim, a.username, 40);
    await syncAll([a.accountId, b.accountId]);
    // Client A has now spent more than its 1-cent budget; client B has no budget.
    await db.client.update({ where: { id: tenant.clients.a.id }, data: { monthlyBudgetCents: 1 } });
    expect(await getMonthlyUsage(await actorFor(tenant.users.admin), tenant.clients.a.id)).toMatchObject({ overBudget: true, budgetUsd: 0.01 });

    const before = await requestsOf(sim, a.username);
    await makeDue([a.accountId]);
    await syncAccount(a.accountId, FAST);
    const after = await requestsOf(sim, a.username);
    const delta = (endpoint: string) => (after[endpoint] ?? 0) - (before[endpoint] ?? 0);
    expect(delta("GET /2/users/:id/mentions")).toBe(1);
    expect(delta("GET /2/tweets")).toBe(0);

    const followers = await refreshFollowers(FAST, undefined, [tenant.agencyId]);
    expect(followers).toEqual({ accounts: 1, calls: 1 });
    expect(await db.dailyMetric.count({ where: { accountId: a.accountId } })).toBe(0);
    expect(await db.dailyMetric.count({ where: { accountId: b.accountId, followers: { not: null } } })).toBe(1);
  });

  it("refreshes follower counts 100 accounts per call across clients, each client billed for its own", async () => {
    const tenant = await createTenant("followers");
    const accounts = await Promise.all([tenant.clients.a.id, tenant.clients.a.id, tenant.clients.b.id].map((clientId) => connectSimAccount(sim, { agencyId: tenant.agencyId, clientId })));
    await sim.control("DELETE", "/_sim/truth/requests");
    expect(await refreshFollowers(FAST, undefined, [tenant.agencyId])).toEqual({ accounts: 3, calls: 1 });
    const requests = await sim.control<{ byEndpoint: Record<string, number> }>("GET", "/_sim/truth/requests");
    expect(requests.byEndpoint["GET /2/users"]).toBe(1);
    const ledger = await db.apiUsageDaily.findMany({ where: { agencyId: tenant.agencyId, endpoint: "GET /2/users" } });
    expect(ledger.reduce((s, r) => s + r.calls, 0)).toBe(1);
    expect(ledger.map((r) => r.items).sort()).toEqual([1, 1, 1]);
    // Not due again until tomorrow.
    expect(await refreshFollowers(FAST, undefined, [tenant.agencyId])).toEqual({ accounts: 0, calls: 0 });
    for (const a of accounts) expect(await db.xAccount.findUniqueOrThrow({ where: { id: a.accountId }, select: { followersCount: true } })).toEqual({ followersCount: 0 });
  });

  it("waits for a rate-limit reset, and surfaces plan errors without ever refreshing the token", async () => {
    const tenant = await createTenant("limits");
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    await sim.control("POST", "/_sim/faults", { endpoint: `/2/users/${a.xUserId}/mentions`, kind: "429", count: 1 });
    const limited = await syncAccount(a.accountId, { ...FAST, maxRateLimitWaitMs: 86_400_000 });
    expect(limited).toMatchObject({ status: "done", failed: false, outcomes: [{ stream: "mentions", kind: "rate_limited" }, { kind: "ok" }, { kind: "ok" }] });
    const cursor = await db.syncCursor.findUniqueOrThrow({ where: { accountId_endpoint: { accountId: a.accountId, endpoint: "mentions" } } });
    expect(cursor.nextRunAt?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const [status] = await getSyncStatus(await actorFor(tenant.users.admin), tenant.clients.a.id);
    expect(status?.rateLimits.find((r) => r.endpoint === "GET /2/users/:id/mentions")).toMatchObject({ remaining: 0, exhausted: true });

    const b = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.b.id });
    await sim.control("DELETE", "/_sim/truth/requests");
    await sim.control("POST", "/_sim/faults", { endpoint: `/2/users/${b.xUserId}/mentions`, kind: "402", count: 1 });
    const plan = await syncAccount(b.accountId, FAST);
    expect(plan).toMatchObject({ status: "done", outcomes: [{ stream: "mentions", kind: "plan" }, { kind: "ok" }, { kind: "ok" }] });
    const account = await db.xAccount.findUniqueOrThrow({ where: { id: b.accountId }, select: { status: true, lastError: true } });
    expect(account.status).toBe("ACTIVE");
    expect(account.lastError).toMatch(/credits_depleted/);
    const requests = await sim.control<{ byEndpoint: Record<string, number> }>("GET", "/_sim/truth/requests");
    expect(requests.byEndpoint["POST /2/oauth2/token"] ?? 0).toBe(0);
  });
});
