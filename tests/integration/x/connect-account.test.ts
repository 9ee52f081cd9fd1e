import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAuthorizationLink, exchangeAuthorizationCode, refreshAccessToken, XGrantError } from "@/lib/x";
import { disconnectAccount, saveConnection } from "@/lib/x-accounts";
import { actorFor } from "../../factories/actor-for";
import { createTenant } from "../../factories/create-tenant";
import { startSim, uniqueUsername, type Sim } from "../sync/harness";

const REDIRECT = "http://localhost:3000/api/x/callback";

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

/** The person on X's consent page, choosing an account and clicking "authorize" (no browser). */
async function consent(authUrl: string, username: string): Promise<URL> {
  const page = await fetch(authUrl);
  expect(page.status).toBe(200);
  const form = new URLSearchParams(new URL(authUrl).searchParams);
  form.set("username", username);
  form.set("decision", "authorize");
  const res = await fetch(`${sim.url}/i/oauth2/authorize`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form.toString(), redirect: "manual" });
  expect(res.status).toBe(302);
  return new URL(res.headers.get("location") ?? "");
}

async function connect(username: string) {
  const { url, codeVerifier } = createAuthorizationLink({ redirectUri: REDIRECT, state: `state-${username}` });
  const callback = await consent(url, username);
  expect(callback.searchParams.get("state")).toBe(`state-${username}`);
  const code = callback.searchParams.get("code") ?? "";
  return { code, codeVerifier, connection: await exchangeAuthorizationCode({ code, codeVerifier, redirectUri: REDIRECT }) };
}

describe("connecting an X account (OAuth 2.0 with PKCE)", () => {
  it("links to the consent page with the scopes Rapport needs", () => {
    const { url, codeVerifier } = createAuthorizationLink({ redirectUri: REDIRECT, state: "abc" });
    const link = new URL(url);
    expect(`${link.origin}${link.pathname}`).toBe(`${sim.url}/i/oauth2/authorize`);
    expect(Object.fromEntries(link.searchParams)).toMatchObject({
      response_type: "code",
      client_id: "rapport-dev",
      redirect_uri: REDIRECT,
      state: "abc",
      scope: "tweet.read users.read tweet.write offline.access",
      code_challenge_method: "s256",
    });
    expect(codeVerifier.length).toBeGreaterThanOrEqual(43);
  });

  it("connects, reconnects the same account, refuses it for another client, and disconnects it (revoked at X)", async () => {
    const tenant = await createTenant("connect");
    const username = uniqueUsername("c");
    const first = await connect(username);
    expect(first.connection).toMatchObject({ user: { username }, scopes: expect.arrayContaining(["offline.access", "tweet.write"]) });
    expect(first.connection.refreshToken).toBeTruthy();
    // The code works once.
    await expect(exchangeAuthorizationCode({ code: first.code, codeVerifier: first.codeVerifier, redirectUri: REDIRECT })).rejects.toBeInstanceOf(XGrantError);

    const admin = await actorFor(tenant.users.admin);
    const saved = await saveConnection({ agencyId: tenant.agencyId, clientId: tenant.clients.a.id, connectedById: admin.userId, connection: first.connection });
    expect(saved.reconnected).toBe(false);
    const row = await db.xAccount.findUniqueOrThrow({ where: { id: saved.accountId }, omit: { accessTokenEnc: false, refreshTokenEnc: false } });
    expect(row).toMatchObject({ status: "ACTIVE", username, xUserId: first.connection.user.id, scopes: "tweet.read users.read tweet.write offline.access" });
    expect(row.accessTokenEnc).not.toContain(first.connection.accessToken);
    expect(row.refreshTokenEnc).toMatch(/^v1\./);
    expect((await db.syncCursor.findMany({ where: { accountId: saved.accountId } })).map((c) => c.endpoint).sort()).toEqual(["followers", "mentions", "metrics", "own_posts"]);
    // Tokens are omitted unless asked for.
    expect(Object.keys(await db.xAccount.findUniqueOrThrow({ where: { id: saved.accountId } }))).not.toContain("accessTokenEnc");

    const again = await connect(username);
    expect(await saveConnection({ agencyId: tenant.agencyId, clientId: tenant.clients.a.id, connection: again.connection })).toEqual({ accountId: saved.accountId, reconnected: true });
    await expect(saveConnection({ agencyId: tenant.agencyId, clientId: tenant.clients.b.id, connection: again.connection })).rejects.toMatchObject({ code: "conflict" });

    await expect(disconnectAccount(await actorFor(tenant.users.staffA), saved.accountId)).rejects.toMatchObject({ code: "not_found" });
    const outsider = await createTenant("outsider");
    await expect(disconnectAccount(await actorFor(outsider.users.admin), saved.accountId)).rejects.toMatchObject({ code: "not_found" });
    expect(await disconnectAccount(await actorFor(tenant.users.manager), saved.accountId)).toEqual({ revokedAtX: true });
    const after = await db.xAccount.findUniqueOrThrow({ where: { id: saved.accountId }, omit: { accessTokenEnc: false, refreshTokenEnc: false } });
    expect(after).toMatchObject({ status: "DISCONNECTED", accessTokenEnc: null, refreshTokenEnc: null, tokenExpiresAt: null, nextSyncAt: null });
    await expect(refreshAccessToken(again.connection.refreshToken ?? "")).rejects.toBeInstanceOf(XGrantError);
    expect(await db.auditLog.count({ where: { agencyId: tenant.agencyId, action: "x_account.disconnected", targetId: saved.accountId } })).toBe(1);
  });
});
