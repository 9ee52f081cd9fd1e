import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { syncAccount, getSyncStatus } from "@/lib/sync";
import { getMe, refreshAccessToken, revokeToken, XGrantError } from "@/lib/x";
import { getAccessToken } from "@/lib/x-accounts";
import { actorFor } from "../../factories/actor-for";
import { createTenant } from "../../factories/create-tenant";
import { bulkMentions, connectSimAccount, FAST, startSim, storedInbound, truthInbound, type Sim } from "./harness";

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

const tokenCalls = async (username: string) => {
  const view = await sim.control<{ entries: Array<{ endpoint: string; status: number; accountId: string | null }> }>("GET", "/_sim/truth/requests?entries=1");
  const account = await sim.control<{ accounts: Array<{ id: string; username: string }> }>("GET", "/_sim/accounts?kind=created");
  const id = account.accounts.find((a) => a.username === username)?.id;
  return view.entries.filter((e) => e.endpoint === "POST /2/oauth2/token" && (e.accountId === id || e.accountId === null));
};

describe("access tokens", () => {
  it("the simulator really revokes a chain when a refresh token is used twice (what the lock prevents)", async () => {
    const tenant = await createTenant("reuse");
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    const refresh = a.tokens.refresh ?? "";
    const first = await refreshAccessToken(refresh);
    await expect(refreshAccessToken(refresh)).rejects.toBeInstanceOf(XGrantError);
    const { XAuth } = await import("@/lib/x");
    await expect(getMe(XAuth.fromAccessToken(first.accessToken))).rejects.toThrow(/401/);
  });

  it("two workers and a web request refreshing one account at the same moment: one refresh, the account stays connected", async () => {
    const tenant = await createTenant("race");
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    await bulkMentions(sim, a.username, 30);
    // The stored token has expired (as far as we know): everyone who needs it now must refresh.
    await db.xAccount.update({ where: { id: a.accountId }, data: { tokenExpiresAt: new Date(Date.now() - 1_000) } });
    await sim.control("DELETE", "/_sim/truth/requests");

    const [syncRun, otherWorker, webRequest] = await Promise.all([
      syncAccount(a.accountId, FAST),
      getAccessToken(a.accountId).then((auth) => getMe(auth)),
      getAccessToken(a.accountId).then((auth) => getMe(auth)),
    ]);
    expect(syncRun).toMatchObject({ status: "done", failed: false });
    expect(otherWorker.username).toBe(a.username);
    expect(webRequest.username).toBe(a.username);
    expect((await tokenCalls(a.username)).filter((e) => e.status === 200)).toHaveLength(1);
    const account = await db.xAccount.findUniqueOrThrow({ where: { id: a.accountId }, select: { status: true, lastError: true } });
    expect(account).toEqual({ status: "ACTIVE", lastError: null });
    expect(await storedInbound(a.accountId)).toEqual(await truthInbound(sim, a.username));
  });

  it("answers a 401 with one refresh and the same call again", async () => {
    const tenant = await createTenant("expired");
    // X's token lives 1 s, but we believe it lives an hour: X's 401 is the only signal.
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id }, { ttlSeconds: 1, storedExpiresAt: new Date(Date.now() + 3_600_000) });
    await bulkMentions(sim, a.username, 20);
    await new Promise((r) => setTimeout(r, 1_200));
    const result = await syncAccount(a.accountId, FAST);
    expect(result).toMatchObject({ status: "done" });
    expect(await storedInbound(a.accountId)).toEqual(await truthInbound(sim, a.username));
    expect(await db.xAccount.findUniqueOrThrow({ where: { id: a.accountId }, select: { status: true } })).toEqual({ status: "ACTIVE" });
  });

  it("a refused refresh marks the account for reconnection and pauses its sync", async () => {
    const tenant = await createTenant("revoked");
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    await revokeToken(a.tokens.refresh ?? "");
    await db.xAccount.update({ where: { id: a.accountId }, data: { tokenExpiresAt: new Date(Date.now() - 1_000) } });
    expect(await syncAccount(a.accountId, FAST)).toMatchObject({ status: "done", outcomes: [{ stream: "mentions", kind: "account_unavailable" }] });
    const [status] = await getSyncStatus(await actorFor(tenant.users.admin), tenant.clients.a.id);
    expect(status).toMatchObject({ status: "NEEDS_RECONNECT", needsReconnect: true, nextSyncAt: null });
    expect(status?.lastError).toMatch(/reconnect/);
    // Paused: nothing more is tried for it.
    expect(await syncAccount(a.accountId, FAST)).toEqual({ status: "inactive" });
  });
});
