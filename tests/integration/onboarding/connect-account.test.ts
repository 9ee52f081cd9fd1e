import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SimulatorHandle, startSimulator } from "@/x-sim/src/server";
import { actorFor } from "../../factories/actor-for";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { authorizeOnSimulator } from "../../helpers/authorize-on-sim";

// lib/env reads the environment once, so point lib/x at this file's simulator before importing it.
let sim: SimulatorHandle;
let tenant: TestTenant;
let lib: {
  db: typeof import("@/lib/db").db;
  startConnection: typeof import("@/lib/onboarding/start-connection").startConnection;
  createConnectLink: typeof import("@/lib/onboarding/create-connect-link").createConnectLink;
  startConnectionFromLink: typeof import("@/lib/onboarding/use-connect-link").startConnectionFromLink;
  viewConnectLink: typeof import("@/lib/onboarding/use-connect-link").viewConnectLink;
  completeConnection: typeof import("@/lib/onboarding/complete-connection").completeConnection;
  signConnectLinkToken: typeof import("@/lib/onboarding/connect-link-token").signConnectLinkToken;
};

beforeAll(async () => {
  sim = await startSimulator({ port: 0, history: false, liveActivity: false });
  Object.assign(process.env, {
    X_API_BASE_URL: sim.url,
    X_AUTHORIZE_URL: `${sim.url}/i/oauth2/authorize`,
    X_CLIENT_ID: "rapport-dev",
    X_CLIENT_SECRET: "rapport-dev-secret",
    APP_URL: "http://rapport.test",
  });
  lib = {
    db: (await import("@/lib/db")).db,
    startConnection: (await import("@/lib/onboarding/start-connection")).startConnection,
    createConnectLink: (await import("@/lib/onboarding/create-connect-link")).createConnectLink,
    ...(await import("@/lib/onboarding/use-connect-link")),
    completeConnection: (await import("@/lib/onboarding/complete-connection")).completeConnection,
    signConnectLinkToken: (await import("@/lib/onboarding/connect-link-token")).signConnectLinkToken,
  };
  tenant = await createTenant("connect");
});

afterAll(async () => {
  await sim?.close();
});

const callbackParams = (url: URL) => ({
  state: url.searchParams.get("state") ?? undefined,
  code: url.searchParams.get("code") ?? undefined,
  error: url.searchParams.get("error") ?? undefined,
});

describe("connecting an X account", () => {
  it("an account manager connects directly; tokens are stored encrypted, never in clear", async () => {
    const manager = await actorFor(tenant.users.manager);
    const { url } = await lib.startConnection(manager, { clientId: tenant.clients.a.id });
    expect(url).toContain(`${sim.url}/i/oauth2/authorize`);
    expect(new URL(url).searchParams.get("redirect_uri")).toBe("http://rapport.test/api/x/callback");

    const back = await authorizeOnSimulator(url, { account: "northwindhelp" });
    const result = await lib.completeConnection(callbackParams(back));
    expect(result).toMatchObject({ outcome: "connected", clientId: tenant.clients.a.id, viaLink: false, username: "northwindhelp" });

    const account = await lib.db.xAccount.findFirstOrThrow({
      where: { clientId: tenant.clients.a.id, username: "northwindhelp" },
      omit: { accessTokenEnc: false, refreshTokenEnc: false },
    });
    expect(account.status).toBe("ACTIVE");
    expect(account.accessTokenEnc).toMatch(/^v1\./);
    expect(account.refreshTokenEnc).toMatch(/^v1\./);
    // The default select never carries tokens.
    const plain = await lib.db.xAccount.findFirstOrThrow({ where: { id: account.id } });
    expect(plain).not.toHaveProperty("accessTokenEnc");
  });

  it("replaying the callback does nothing", async () => {
    const manager = await actorFor(tenant.users.manager);
    const { url } = await lib.startConnection(manager, { clientId: tenant.clients.b.id });
    const back = await authorizeOnSimulator(url, { account: "lumenbikes" });
    expect((await lib.completeConnection(callbackParams(back))).outcome).toBe("connected");
    expect(await lib.completeConnection(callbackParams(back))).toEqual({ outcome: "expired" });
  });

  it("a denied authorisation connects nothing and says so", async () => {
    const manager = await actorFor(tenant.users.manager);
    const { url } = await lib.startConnection(manager, { clientId: tenant.clients.a.id });
    const back = await authorizeOnSimulator(url, "cancel");
    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(await lib.completeConnection(callbackParams(back))).toMatchObject({ outcome: "denied", clientId: tenant.clients.a.id });
  });

  it("an unknown or forged state is treated as expired", async () => {
    expect(await lib.completeConnection({ state: "forged", code: "whatever" })).toEqual({ outcome: "expired" });
    expect(await lib.completeConnection({})).toEqual({ outcome: "expired" });
  });

  it("one X account cannot belong to two clients of an agency", async () => {
    const manager = await actorFor(tenant.users.manager);
    const { url } = await lib.startConnection(manager, { clientId: tenant.clients.b.id });
    const back = await authorizeOnSimulator(url, { account: "northwindhelp" }); // already on client A
    expect(await lib.completeConnection(callbackParams(back))).toMatchObject({ outcome: "conflict" });
  });

  it("a connect link works once for a signed-out visitor", async () => {
    const manager = await actorFor(tenant.users.manager);
    const { link } = await lib.createConnectLink(manager, { clientId: tenant.clients.b.id });
    const token = link.split("/connect/")[1] ?? "";
    expect(await lib.viewConnectLink(token)).toMatchObject({ state: "valid", clientName: tenant.clients.b.name });

    // Cancelling on X does not use the link up.
    const first = await lib.startConnectionFromLink(token);
    const cancelled = await authorizeOnSimulator(first.url, "cancel");
    expect(await lib.completeConnection(callbackParams(cancelled))).toMatchObject({ outcome: "denied", viaLink: true });

    const second = await lib.startConnectionFromLink(token);
    const back = await authorizeOnSimulator(second.url, { account: "harborhealth" });
    expect(await lib.completeConnection(callbackParams(back))).toMatchObject({ outcome: "connected", viaLink: true, username: "harborhealth" });
    expect(await lib.viewConnectLink(token)).toEqual({ state: "used" });
    await expect(lib.startConnectionFromLink(token)).rejects.toThrow(/expired or was already used/);
  });

  it("only people who manage the client can start a connection", async () => {
    const staff = await actorFor(tenant.users.staffAll);
    await expect(lib.startConnection(staff, { clientId: tenant.clients.a.id })).rejects.toMatchObject({ code: "not_found" });
    const otherAgency = await createTenant("connect-other");
    const otherManager = await actorFor(otherAgency.users.manager);
    await expect(lib.startConnection(otherManager, { clientId: tenant.clients.a.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(lib.createConnectLink(otherManager, { clientId: tenant.clients.a.id })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("connect links expire and cannot be forged", () => {
  const tokenOf = (link: string) => link.split("/connect/")[1] ?? "";
  const DAY = 86_400_000;

  async function newLink(which: "a" | "b" = "b") {
    const owner = await createTenant("link-expiry");
    const manager = await actorFor(owner.users.manager);
    const { link, expiresAt } = await lib.createConnectLink(manager, { clientId: owner.clients[which].id });
    const row = await lib.db.connectLink.findFirstOrThrow({ where: { clientId: owner.clients[which].id }, orderBy: { createdAt: "desc" } });
    return { owner, token: tokenOf(link), expiresAt, row };
  }

  it("a link past its expiry shows as expired and starts nothing", async () => {
    const { token, expiresAt, row } = await newLink();
    expect(row.expiresAt).toEqual(expiresAt);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * DAY);
    expect(await lib.viewConnectLink(token, new Date(expiresAt.getTime() - 1_000))).toMatchObject({ state: "valid" });

    const later = new Date(expiresAt.getTime() + DAY);
    expect(await lib.viewConnectLink(token, expiresAt)).toEqual({ state: "expired" });
    expect(await lib.viewConnectLink(token, later)).toEqual({ state: "expired" });
    const attempts = await lib.db.oAuthAttempt.count({ where: { connectLinkId: row.id } });
    await expect(lib.startConnectionFromLink(token, later)).rejects.toThrow(/expired or was already used/);
    expect(await lib.db.oAuthAttempt.count({ where: { connectLinkId: row.id } })).toBe(attempts);
  });

  it("the stored expiry is the authority: a link expired early in the database is refused although its token is still in date", async () => {
    const { token, row } = await newLink();
    await lib.db.connectLink.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await lib.viewConnectLink(token)).toEqual({ state: "expired" });
    await expect(lib.startConnectionFromLink(token)).rejects.toThrow(/expired or was already used/);
  });

  it("an authorisation started in time but finished after the link expired connects nothing", async () => {
    const { owner, token, row } = await newLink();
    const { url } = await lib.startConnectionFromLink(token);
    const back = await authorizeOnSimulator(url, { account: "harborhealth" });
    await lib.db.connectLink.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await lib.completeConnection(callbackParams(back))).toEqual({ outcome: "expired" });
    expect(await lib.db.xAccount.count({ where: { agencyId: owner.agencyId } })).toBe(0);
    expect((await lib.db.connectLink.findUniqueOrThrow({ where: { id: row.id } })).usedAt).toBeNull();
  });

  it("an altered or forged token is refused, even one naming a real link", async () => {
    const { token, expiresAt } = await newLink();
    const [nonce = "", seconds = "", signature = ""] = token.split(".");
    const forged = [
      // The real link, its expiry pushed back a year.
      `${nonce}.${Number(seconds) + 365 * 86_400}.${signature}`,
      // The real link's nonce with a signature from another key.
      `${nonce}.${seconds}.${"A".repeat(43)}`,
      // Correctly shaped and signed with a key that is not ours.
      lib.signConnectLinkToken(expiresAt, Buffer.alloc(32, 1)).token,
      "not-a-token",
    ];
    for (const bad of forged) {
      expect(await lib.viewConnectLink(bad), bad).toEqual({ state: "unknown" });
      await expect(lib.startConnectionFromLink(bad)).rejects.toThrow(/expired or was already used/);
    }
    // Signed with our key but never issued: the signature alone does not make a link.
    const unissued = lib.signConnectLinkToken(expiresAt).token;
    expect(await lib.viewConnectLink(unissued)).toEqual({ state: "unknown" });
    expect(await lib.viewConnectLink(token)).toMatchObject({ state: "valid" });
  });
});
