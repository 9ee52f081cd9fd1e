import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { syncAccount, type SyncRunResult } from "@/lib/sync";
import type { SyncOptionsInput } from "@/lib/sync";
import { saveConnection } from "@/lib/x-accounts";
import { startSimulator, type SimulatorHandle, type SimulatorOptions } from "@/x-sim/src/server";

export const SIM_CLIENT_ID = "rapport-dev";
export const SIM_CLIENT_SECRET = "rapport-dev-secret";

/** Fast pacing for tests: nothing waits for real X's intervals. */
export const FAST: SyncOptionsInput = {
  activePollMs: 200,
  idlePollMs: 400,
  ownPostsPollMs: 200,
  requestTimeoutMs: 1_500,
  retryBaseMs: 20,
  retryCapMs: 200,
  failureBackoffMs: 100,
  failureBackoffCapMs: 500,
  maxRateLimitWaitMs: 300,
  overlapMs: 2_000,
};

export type Sim = {
  url: string;
  handle: SimulatorHandle;
  control<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
};

/**
 * The X simulator in this test process, on a free port, with rate limits off (tests that want them
 * inject 429s). lib/env reads the base URL once, so this runs before anything calls env().
 */
export async function startSim(options: SimulatorOptions = {}): Promise<Sim> {
  const handle = await startSimulator({ port: 0, history: false, rateScale: 0, ...options });
  process.env.X_API_BASE_URL = handle.url;
  process.env.X_AUTHORIZE_URL = `${handle.url}/i/oauth2/authorize`;
  process.env.X_CLIENT_ID = SIM_CLIENT_ID;
  process.env.X_CLIENT_SECRET = SIM_CLIENT_SECRET;
  const control = async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${handle.url}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  return { url: handle.url, handle, control, close: () => handle.close() };
}

export const uniqueUsername = (prefix = "t") => `${prefix}${randomBytes(6).toString("hex")}`.slice(0, 15);

type Minted = { access_token: string; refresh_token?: string; expires_in: number; scope: string; user: { id: string; username: string; name: string; followers: number } };

export type SimAccount = { accountId: string; xUserId: string; username: string; tokens: { access: string; refresh: string | null } };

/** A new account on the simulator, connected to a client as the OAuth callback would (saveConnection). */
export async function connectSimAccount(
  sim: Sim,
  owner: { agencyId: string; clientId: string },
  options: { username?: string; ttlSeconds?: number; storedExpiresAt?: Date } = {},
): Promise<SimAccount> {
  const username = options.username ?? uniqueUsername();
  const minted = await sim.control<Minted>("POST", "/_sim/tokens", { username, ...(options.ttlSeconds ? { ttlSeconds: options.ttlSeconds } : {}) });
  const { accountId } = await saveConnection({
    agencyId: owner.agencyId,
    clientId: owner.clientId,
    connection: {
      accessToken: minted.access_token,
      refreshToken: minted.refresh_token ?? null,
      expiresAt: options.storedExpiresAt ?? new Date(Date.now() + minted.expires_in * 1000),
      scopes: minted.scope.split(" "),
      user: { id: minted.user.id, username: minted.user.username, name: minted.user.name, profileImageUrl: null, followersCount: minted.user.followers },
    },
  });
  return { accountId, xUserId: minted.user.id, username: minted.user.username, tokens: { access: minted.access_token, refresh: minted.refresh_token ?? null } };
}

export async function bulkMentions(sim: Sim, to: string, count: number, extra: Record<string, unknown> = {}): Promise<string[]> {
  const res = await sim.control<{ ids: string[] }>("POST", "/_sim/mentions/bulk", { to, count, ...extra });
  return res.ids;
}

export async function truthInbound(sim: Sim, username: string): Promise<string[]> {
  const res = await sim.control<{ ids: string[] }>("GET", `/_sim/truth/accounts/${username}/inbound?items=0`);
  return [...res.ids].sort();
}

export async function storedInbound(accountId: string): Promise<string[]> {
  const rows = await db.post.findMany({ where: { accountId, inbound: true }, select: { xId: true } });
  return rows.map((r) => r.xId).sort();
}

type RequestView = { byAccount: Record<string, { username: string | null; byEndpoint: Record<string, number> }> };

/** Calls the simulator logged for one account, by endpoint. */
export async function requestsOf(sim: Sim, username: string): Promise<Record<string, number>> {
  const view = await sim.control<RequestView>("GET", "/_sim/truth/requests");
  return Object.values(view.byAccount).find((a) => a.username === username)?.byEndpoint ?? {};
}

/** Makes every stream of these accounts due now (time passing, without waiting for it). */
export async function makeDue(accountIds: readonly string[]): Promise<void> {
  await db.syncCursor.updateMany({ where: { accountId: { in: [...accountIds] } }, data: { nextRunAt: new Date() } });
}

/** Runs accounts like a small worker fleet would: `concurrency` at a time. */
export async function syncAll(accountIds: readonly string[], options: SyncOptionsInput = FAST, concurrency = 6): Promise<SyncRunResult[]> {
  const queue = [...accountIds];
  const results: SyncRunResult[] = [];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) results.push(await syncAccount(id, options));
    }),
  );
  return results;
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, label: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
