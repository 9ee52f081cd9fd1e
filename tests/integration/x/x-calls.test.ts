import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getMentionsPage,
  getPostsByIds,
  getUsersByIds,
  postReply,
  repost,
  searchConversation,
  XAuth,
  XReplyNotAllowedError,
  XUnauthorizedError,
  XUpstreamError,
  type XCallReport,
} from "@/lib/x";
import { startSim, uniqueUsername, type Sim } from "../sync/harness";

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

type Minted = { access_token: string; user: { id: string; username: string } };
type SimPost = { post: { id: string; conversationId: string } };

async function account() {
  const minted = await sim.control<Minted>("POST", "/_sim/tokens", { username: uniqueUsername("x") });
  return { auth: XAuth.fromAccessToken(minted.access_token), id: minted.user.id, username: minted.user.username };
}

describe("lib/x against the simulator", () => {
  it("reads mentions as plain typed posts with their authors, and reports each call with its billed items and rate limit", async () => {
    const brand = await account();
    const fan = await account();
    await sim.control("POST", "/_sim/mentions/bulk", { to: brand.username, count: 5, from: fan.username });
    const reports: XCallReport[] = [];
    const page = await getMentionsPage(brand.auth, { userId: brand.id, maxResults: 5 }, { onCall: (r) => reports.push(r) });
    expect(page.posts).toHaveLength(5);
    expect(page.posts[0]).toMatchObject({ authorId: fan.id, mentionedUserIds: [brand.id], createdAt: expect.any(Date), inReplyToPostId: null });
    expect(page.users.map((u) => u.username)).toEqual([fan.username]);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ endpoint: "GET /2/users/:id/mentions", status: 200, items: 6, rateLimit: { limit: 300, remaining: expect.any(Number) } });

    const lookup = await getPostsByIds(brand.auth, { ids: page.posts.map((p) => p.id) });
    expect(lookup.posts.map((p) => p.id).sort()).toEqual(page.posts.map((p) => p.id).sort());
    expect(lookup.posts[0]?.metrics).toMatchObject({ likes: expect.any(Number), impressions: expect.any(Number) });
    const users = await getUsersByIds(brand.auth, { ids: [brand.id, fan.id] });
    expect(users.map((u) => u.username).sort()).toEqual([brand.username, fan.username].sort());
    const thread = await searchConversation(brand.auth, { conversationId: page.posts[0]?.conversationId ?? "" });
    expect(thread.posts.map((p) => p.id)).toContain(page.posts[0]?.id);
  });

  it("replies to people who summoned the account, is refused (403, never retried) for others, and reposts", async () => {
    const brand = await account();
    const fan = await account();
    const stranger = await account();
    const mention = await sim.control<SimPost>("POST", "/_sim/mentions", { to: brand.username, from: fan.username });
    const reports: XCallReport[] = [];
    const reply = await postReply(brand.auth, { text: "Thanks for reaching out!", inReplyToPostId: mention.post.id }, { onCall: (r) => reports.push(r) });
    expect(reply.id).toMatch(/^\d+$/);
    expect(reports[0]).toMatchObject({ endpoint: "POST /2/tweets", created: "summoned_reply" });

    const unrelated = await sim.control<SimPost>("POST", "/_sim/posts", { from: stranger.username, text: "nothing to do with the brand" });
    await expect(postReply(brand.auth, { text: "Hello!", inReplyToPostId: unrelated.post.id })).rejects.toBeInstanceOf(XReplyNotAllowedError);
    expect(await repost(brand.auth, { userId: brand.id, postId: mention.post.id })).toEqual({ reposted: true });
  });

  it("raises typed errors: 401 for a dead token, upstream for timeouts and broken bodies", async () => {
    const brand = await account();
    await expect(getMentionsPage(XAuth.fromAccessToken("not-a-token"), { userId: brand.id })).rejects.toBeInstanceOf(XUnauthorizedError);
    await sim.control("POST", "/_sim/faults", { endpoint: `/2/users/${brand.id}/mentions`, kind: "slow", delayMs: 2_000, count: 1 });
    const slow = await getMentionsPage(brand.auth, { userId: brand.id }, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(XUpstreamError);
    expect(slow).toMatchObject({ retryable: true, status: 0 });
    await sim.control("POST", "/_sim/faults", { endpoint: `/2/users/${brand.id}/mentions`, kind: "malformed", count: 1 });
    await expect(getMentionsPage(brand.auth, { userId: brand.id })).rejects.toBeInstanceOf(XUpstreamError);
    // And the next call is fine.
    expect((await getMentionsPage(brand.auth, { userId: brand.id })).posts).toEqual([]);
  });
});
