import { randomBytes, randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { ApprovalRule } from "@/lib/db/generated/enums";
import { sealToken } from "@/lib/x-accounts/token-box";
import type { TestTenant } from "./create-tenant";

type SimPost = { id: string; text: string; createdAt: string; conversationId: string; authorId: string };
type SimUser = { id: string; username: string; name: string };

export type ThreadPostRef = { id: string; xId: string; postedAt: Date };

export type TestThread = {
  conversationId: string;
  clientId: string;
  accountId: string;
  brand: { xUserId: string; username: string };
  person: { xUserId: string; username: string; name: string };
  /** The person's opening post and their follow-up in the same thread (a reply to themselves). */
  root: ThreadPostRef;
  followUp: ThreadPostRef;
  /** An earlier, closed conversation with the same person (when `history` was asked for). */
  pastConversationId: string | null;
};

export type CreateThreadOptions = {
  client?: "a" | "b";
  /** The X simulator's base URL: the thread is created there too and the account gets real tokens. */
  simUrl?: string;
  /** false: the opening post does not mention the brand, so X's 2026 rule refuses replies to it. */
  summoned?: boolean;
  approvalRule?: ApprovalRule;
  history?: boolean;
  personName?: string;
};

const tag = () => randomBytes(4).toString("hex");
const fakeXId = () => `19${Array.from({ length: 17 }, () => randomInt(10)).join("")}`;

async function control<T>(simUrl: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${simUrl}${path}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`x-sim ${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

type Tokens = { access_token: string; refresh_token: string | null; expires_in: number; scope: string };

/** The connected-account row, as onboarding leaves it once X has answered. */
async function insertAccount(tenant: TestTenant, clientId: string, brand: SimUser, tokens: Tokens, options: { syncFrom?: Date } = {}): Promise<{ id: string }> {
  return db.xAccount.create({
    data: {
      nextSyncAt: options.syncFrom ?? null,
      agencyId: tenant.agencyId,
      clientId,
      xUserId: brand.id,
      username: brand.username,
      name: brand.name,
      accessTokenEnc: sealToken(tokens.access_token),
      refreshTokenEnc: tokens.refresh_token ? sealToken(tokens.refresh_token) : null,
      tokenExpiresAt: new Date(Date.now() + tokens.expires_in * 1000),
      scopes: tokens.scope,
    },
    select: { id: true },
  });
}

/**
 * A fresh X account in the simulator, connected to the tenant's client with real tokens and nothing in the
 * database yet: the sync worker finds it and everything said to it from then on.
 */
export async function connectSimAccount(tenant: TestTenant, simUrl: string, options: { client?: "a" | "b" } = {}): Promise<{ accountId: string; brand: SimUser }> {
  const minted = await control<{ access_token: string; refresh_token?: string; expires_in: number; scope: string; user: SimUser }>(simUrl, "POST", "/_sim/tokens", {
    username: `b${tag()}`,
  });
  const account = await insertAccount(tenant, tenant.clients[options.client ?? "a"].id, minted.user, { ...minted, refresh_token: minted.refresh_token ?? null });
  return { accountId: account.id, brand: minted.user };
}

/** Someone on X mentions the brand, through the simulator's control API (as the living world would). */
export async function mentionOnX(simUrl: string, input: { to: string; from: { username: string; name: string }; text: string }): Promise<SimPost> {
  await control(simUrl, "POST", "/_sim/accounts", { username: input.from.username, name: input.from.name, followers: 321 });
  return (await control<{ post: SimPost }>(simUrl, "POST", "/_sim/mentions", { to: input.to, from: input.from.username, text: input.text })).post;
}

/**
 * A client's X account and a two-post conversation with one person, in the database and — with `simUrl` —
 * in the X simulator, with tokens the app can post with. Every call makes fresh, uniquely named accounts.
 */
export async function createThread(tenant: TestTenant, options: CreateThreadOptions = {}): Promise<TestThread> {
  const client = tenant.clients[options.client ?? "a"];
  const id = tag();
  const brandUsername = `b${id}`;
  const personUsername = `p${id}`;
  const personName = options.personName ?? `Jamie ${id}`;
  const rootText = options.summoned === false ? "Anyone else waiting on a delivery today?" : `@${brandUsername} my order has not arrived yet`;
  const followText = options.summoned === false ? "Still waiting. It was order 4417, placed a week ago" : `@${brandUsername} it was order 4417, placed a week ago`;

  let brand: SimUser;
  let person: SimUser;
  let tokens: Tokens;
  let root: SimPost;
  let followUp: SimPost;
  if (options.simUrl) {
    const sim = options.simUrl;
    // The answer is the user itself (older simulators wrapped it in {user}).
    const made = await control<SimUser & { user?: SimUser }>(sim, "POST", "/_sim/accounts", { username: personUsername, name: personName, followers: 1234 });
    person = made.user ?? made;
    const minted = await control<{ access_token: string; refresh_token?: string; expires_in: number; scope: string; user: SimUser }>(sim, "POST", "/_sim/tokens", {
      username: brandUsername,
    });
    brand = minted.user;
    tokens = { ...minted, refresh_token: minted.refresh_token ?? null };
    root =
      options.summoned === false
        ? (await control<{ post: SimPost }>(sim, "POST", "/_sim/posts", { from: personUsername, text: rootText })).post
        : (await control<{ post: SimPost }>(sim, "POST", "/_sim/mentions", { to: brandUsername, from: personUsername, text: rootText })).post;
    followUp = (await control<{ post: SimPost }>(sim, "POST", "/_sim/replies", { to: root.id, from: personUsername, text: followText })).post;
  } else {
    brand = { id: fakeXId(), username: brandUsername, name: `Brand ${id}` };
    person = { id: fakeXId(), username: personUsername, name: personName };
    tokens = { access_token: "offline", refresh_token: null, expires_in: 7200, scope: "tweet.read users.read tweet.write offline.access" };
    const at = Date.now() - 10 * 60_000;
    const rootId = fakeXId();
    root = { id: rootId, text: rootText, createdAt: new Date(at).toISOString(), conversationId: rootId, authorId: person.id };
    followUp = { id: fakeXId(), text: followText, createdAt: new Date(at + 60_000).toISOString(), conversationId: rootId, authorId: person.id };
  }

  if (options.approvalRule) await db.client.update({ where: { id: client.id }, data: { approvalRule: options.approvalRule } });
  // The thread is written below as sync would leave it; a running worker polling the account meanwhile would
  // race those inserts, so it stays away for the length of a test.
  const account = await insertAccount(tenant, client.id, brand, tokens, { syncFrom: new Date(Date.now() + 3_600_000) });
  for (const user of [brand, person]) {
    await db.xUser.upsert({
      where: { id: user.id },
      create: { id: user.id, username: user.username, name: user.name, followersCount: user === person ? 1234 : 0, description: user === person ? "Coffee, trains, and parcels." : null },
      update: {},
    });
  }
  const rootAt = new Date(root.createdAt);
  const followAt = new Date(followUp.createdAt);
  const conversation = await db.conversation.create({
    data: {
      agencyId: tenant.agencyId,
      clientId: client.id,
      accountId: account.id,
      xConversationId: root.conversationId,
      authorId: person.id,
      status: "OPEN",
      latestKind: "MENTION",
      latestInboundText: followUp.text,
      firstInboundAt: rootAt,
      lastInboundAt: followAt,
      awaitingSince: rootAt,
      slaDueAt: new Date(rootAt.getTime() + 60 * 60_000),
      inboundCount: 2,
    },
    select: { id: true },
  });
  const makePost = (post: SimPost, inReplyTo: SimPost | null) =>
    db.post.create({
      data: {
        agencyId: tenant.agencyId,
        clientId: client.id,
        accountId: account.id,
        xId: post.id,
        conversationId: conversation.id,
        xConversationId: root.conversationId,
        authorId: person.id,
        kind: "MENTION",
        inbound: true,
        text: post.text,
        inReplyToXId: inReplyTo?.id ?? null,
        inReplyToUserId: inReplyTo ? person.id : null,
        postedAt: new Date(post.createdAt),
      },
      select: { id: true, xId: true, postedAt: true },
    });
  const rootRow = await makePost(root, null);
  const followRow = await makePost(followUp, root);

  let pastConversationId: string | null = null;
  if (options.history) {
    const past = await db.conversation.create({
      data: {
        agencyId: tenant.agencyId,
        clientId: client.id,
        accountId: account.id,
        xConversationId: fakeXId(),
        authorId: person.id,
        status: "DONE",
        latestInboundText: `@${brandUsername} is the spring sale still on?`,
        firstInboundAt: new Date(rootAt.getTime() - 30 * 86_400_000),
        lastInboundAt: new Date(rootAt.getTime() - 30 * 86_400_000),
        firstResponseAt: new Date(rootAt.getTime() - 30 * 86_400_000 + 20 * 60_000),
        lastResponseAt: new Date(rootAt.getTime() - 30 * 86_400_000 + 20 * 60_000),
        inboundCount: 1,
        ownReplyCount: 1,
        doneAt: new Date(rootAt.getTime() - 30 * 86_400_000 + 20 * 60_000),
        createdAt: new Date(rootAt.getTime() - 30 * 86_400_000),
      },
      select: { id: true },
    });
    pastConversationId = past.id;
  }

  return {
    conversationId: conversation.id,
    clientId: client.id,
    accountId: account.id,
    brand: { xUserId: brand.id, username: brand.username },
    person: { xUserId: person.id, username: person.username, name: person.name },
    root: rootRow,
    followUp: followRow,
    pastConversationId,
  };
}

/** A saved reply (agency-wide unless a client is given), as an account manager would add it. */
export async function createSavedReplyFor(tenant: TestTenant, input: { title: string; body: string; clientId?: string }): Promise<{ id: string }> {
  return db.savedReply.create({
    data: { agencyId: tenant.agencyId, clientId: input.clientId ?? null, title: input.title, body: input.body, createdById: tenant.users.manager.id },
    select: { id: true },
  });
}
