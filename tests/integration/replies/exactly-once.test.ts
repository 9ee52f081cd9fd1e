import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ABANDONED_AFTER_MS } from "@/lib/replies/send-machine";
import { sendReply } from "@/lib/replies/send-reply";
import { postReply } from "@/lib/x";
import { getAccessToken } from "@/lib/x-accounts";
import { submitReply } from "@/lib/replies/submit-reply";
import type { SimulatorHandle } from "../../../x-sim/src/server";
import { actorFor } from "../../factories/actor-for";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { createThread } from "../../factories/create-thread";
import { createdBy, draftFor, draftRow, failureOf, injectFault, ledgerRow, startSim } from "./harness";

let sim: SimulatorHandle;
let tenant: TestTenant;

beforeAll(async () => {
  sim = await startSim();
  tenant = await createTenant("send");
});
afterAll(async () => {
  await sim.close();
});

const FAST = { timeoutMs: 400 };
const longAgo = () => new Date(Date.now() - 60 * 60_000);

describe("sending exactly once", () => {
  it("10 parallel sends of one draft post exactly one reply", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url });
    const staff = await actorFor(tenant.users.staffA);
    const { draftId } = await draftFor(staff, thread, "Sorry about that! We are on it.");
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => sendReply(staff, { draftId })));

    expect(outcomes.filter((o) => o.status === "sent")).toHaveLength(1);
    expect(outcomes.every((o) => ["sent", "in_progress", "already_sent"].includes(o.status))).toBe(true);
    const posts = await createdBy(sim, thread.brand.username);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ kind: "reply", inReplyToPostId: thread.followUp.xId, text: "Sorry about that! We are on it." });
    expect(await ledgerRow(draftId)).toMatchObject({ state: "SENT", xPostId: posts[0]?.id, attempts: 1 });

    // A later retry is a no-op too.
    expect(await sendReply(staff, { draftId })).toMatchObject({ status: "already_sent", xPostId: posts[0]?.id });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(1);
  });

  it("records the reply as the brand's own post and closes the conversation", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url });
    const staff = await actorFor(tenant.users.staffAll);
    const { draftId, version } = await draftFor(staff, thread, "Thanks for your patience, Jamie.");
    const outcome = await submitReply(staff, { draftId, version, openedAt: longAgo() });
    expect(outcome).toMatchObject({ status: "sent", conversationStatus: "DONE" });

    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: thread.conversationId } });
    expect(conversation).toMatchObject({ status: "DONE", ownReplyCount: 1, awaitingSince: null, slaDueAt: null, hasDraft: false });
    expect(conversation.firstResponseAt).not.toBeNull();
    expect(conversation.lastResponseAt).not.toBeNull();
    const own = await db.post.findMany({ where: { conversationId: thread.conversationId, inbound: false } });
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ kind: "OWN_REPLY", inReplyToXId: thread.followUp.xId, authorId: thread.brand.xUserId });
    expect(own[0]?.sentReplyId).not.toBeNull();
    const audit = await db.auditLog.findMany({ where: { clientId: thread.clientId, targetId: thread.conversationId }, select: { action: true, actorId: true } });
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "reply.sent", actorId: staff.userId },
        { action: "conversation.status_changed", actorId: staff.userId },
      ]),
    );
    expect(await draftRow(draftId)).toMatchObject({ status: "SENT" });
  });

  it("keeps the conversation open when the person wrote again after the post answered", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url });
    const staff = await actorFor(tenant.users.staffA);
    const { saveDraft } = await import("@/lib/replies/save-draft");
    const { draftId, version } = await saveDraft(staff, { conversationId: thread.conversationId, text: "Which order was it?", inReplyToXId: thread.root.xId });
    expect(await submitReply(staff, { draftId, version, openedAt: longAgo() })).toMatchObject({ status: "sent", conversationStatus: "OPEN" });
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: thread.conversationId } });
    expect(conversation.status).toBe("OPEN");
    expect(conversation.awaitingSince?.getTime()).toBe(thread.followUp.postedAt.getTime());
    expect(conversation.slaDueAt).not.toBeNull();
  });

  it("an answer lost to a timeout is reconciled before the retry, which posts once", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url });
    const staff = await actorFor(tenant.users.staffA);
    const { draftId, version } = await draftFor(staff, thread, "Looking into order 4417 now.");
    // X holds the answer past our timeout: the outcome is unknown (the simulator drops the post when the caller hangs up).
    await injectFault(sim, { endpoint: "POST /2/tweets", kind: "slow", delayMs: 1500, count: 1 });
    const lost = await failureOf(() => submitReply(staff, { draftId, version, openedAt: longAgo() }, FAST));
    expect(lost).toMatchObject({ code: "upstream", failureCode: "outcome_unknown" });
    expect(await ledgerRow(draftId)).toMatchObject({ state: "UNKNOWN" });
    expect(await draftRow(draftId)).toMatchObject({ status: "FAILED", failureCode: "outcome_unknown", text: "Looking into order 4417 now." });
    await new Promise((resolve) => setTimeout(resolve, 1600));

    // A retry that cannot even reach X (account disconnected meanwhile) leaves the outcome unknown.
    await db.xAccount.update({ where: { id: thread.accountId }, data: { status: "NEEDS_RECONNECT" } });
    expect(await failureOf(() => sendReply(staff, { draftId }, FAST))).toMatchObject({ failureCode: "account_unavailable" });
    expect(await ledgerRow(draftId)).toMatchObject({ state: "UNKNOWN" });
    await db.xAccount.update({ where: { id: thread.accountId }, data: { status: "ACTIVE" } });

    // The retry reads the account's posts first, finds nothing, and posts.
    expect(await sendReply(staff, { draftId }, FAST)).toMatchObject({ status: "sent", reconciled: false });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(1);
    // And a retry after that does not post again.
    expect(await sendReply(staff, { draftId }, FAST)).toMatchObject({ status: "already_sent" });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(1);
    expect(await ledgerRow(draftId)).toMatchObject({ state: "SENT", attempts: 2 });
  });

  it("a reply X created but whose answer was garbled is found by reconciliation, not posted again", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url });
    const staff = await actorFor(tenant.users.staffA);
    const { draftId, version } = await draftFor(staff, thread, "Refund issued: https://example.com/refunds/4417");
    await injectFault(sim, { endpoint: "POST /2/tweets", kind: "malformed", count: 1 });
    const outcome = await submitReply(staff, { draftId, version, openedAt: longAgo() }, FAST);
    expect(outcome).toMatchObject({ status: "sent", reconciled: true });
    const posts = await createdBy(sim, thread.brand.username);
    expect(posts).toHaveLength(1);
    expect(await ledgerRow(draftId)).toMatchObject({ state: "SENT", xPostId: posts[0]?.id });
    expect(await sendReply(staff, { draftId }, FAST)).toMatchObject({ status: "already_sent" });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(1);
  });

  it("a send abandoned mid-call (the process died after X posted) is reconciled, not posted again", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url });
    const staff = await actorFor(tenant.users.staffA);
    const { draftId } = await draftFor(staff, thread, "Back online, sorry!");
    // What a crash leaves behind: a SENDING claim from minutes ago, and the post on X.
    const draft = await db.draft.update({ where: { id: draftId }, data: { status: "SENDING" }, select: { agencyId: true } });
    await db.sentReply.create({
      data: { agencyId: draft.agencyId, accountId: thread.accountId, draftId, idempotencyKey: `reply:${draftId}`, state: "SENDING", text: "Back online, sorry!", inReplyToXId: thread.followUp.xId, sentById: staff.userId, attempts: 1, lastAttemptAt: new Date(Date.now() - ABANDONED_AFTER_MS - 1000) },
    });
    await postReply(await getAccessToken(thread.accountId), { text: "Back online, sorry!", inReplyToPostId: thread.followUp.xId });

    expect(await sendReply(staff, { draftId })).toMatchObject({ status: "sent", reconciled: true });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(1);
    expect(await db.post.count({ where: { conversationId: thread.conversationId, kind: "OWN_REPLY" } })).toBe(1);
  });

  it("two people sending at once, and a double click, post once", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url });
    const author = await actorFor(tenant.users.staffA);
    const colleague = await actorFor(tenant.users.staffAll);
    const { draftId, version } = await draftFor(author, thread, "On it!");
    const results = await Promise.allSettled([
      submitReply(author, { draftId, version, openedAt: longAgo() }),
      submitReply(author, { draftId, version, openedAt: longAgo() }),
      sendReply(colleague, { draftId }),
    ]);
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(1);
  });
});

describe("clear failures, draft kept", () => {
  it("X's 2026 reply rule (author never mentioned the account) is a specific error", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url, summoned: false });
    const staff = await actorFor(tenant.users.staffA);
    const { draftId, version } = await draftFor(staff, thread, "Hi! Can we help?");
    const failure = await failureOf(() => submitReply(staff, { draftId, version, openedAt: longAgo() }));
    expect(failure).toMatchObject({ code: "forbidden", failureCode: "reply_not_allowed" });
    expect(failure.message).toContain("since February 2026");
    expect(await draftRow(draftId)).toMatchObject({ status: "FAILED", failureCode: "reply_not_allowed", text: "Hi! Can we help?" });
    expect(await ledgerRow(draftId)).toMatchObject({ state: "FAILED" });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(0);
  });

  it("a rate limit says when to retry; the retry then posts once", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url });
    const staff = await actorFor(tenant.users.staffA);
    const { draftId, version } = await draftFor(staff, thread, "We will DM you.");
    await injectFault(sim, { endpoint: "POST /2/tweets", kind: "429", count: 1 });
    const failure = await failureOf(() => submitReply(staff, { draftId, version, openedAt: longAgo() }));
    expect(failure).toMatchObject({ code: "rate_limited", failureCode: "rate_limited" });
    expect(failure.retryAfterSeconds).toBeGreaterThan(0);
    expect(failure.message).toMatch(/retry at \d\d:\d\d UTC/);
    expect(await sendReply(staff, { draftId })).toMatchObject({ status: "sent" });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(1);
  });

  it("an account that needs reconnecting, and an exhausted budget, stop the send before X", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url, client: "b" });
    const staff = await actorFor(tenant.users.staffAll);
    const { draftId, version } = await draftFor(staff, thread, "Hello!");
    await db.xAccount.update({ where: { id: thread.accountId }, data: { status: "NEEDS_RECONNECT" } });
    expect(await failureOf(() => submitReply(staff, { draftId, version, openedAt: longAgo() }))).toMatchObject({ failureCode: "account_unavailable" });
    await db.xAccount.update({ where: { id: thread.accountId }, data: { status: "ACTIVE" } });
    await db.client.update({ where: { id: thread.clientId }, data: { monthlyBudgetCents: 0 } });
    const current = await draftRow(draftId);
    expect(await failureOf(() => submitReply(staff, { draftId, version: current.version, openedAt: longAgo() }))).toMatchObject({ failureCode: "budget_exhausted" });
    expect(await draftRow(draftId)).toMatchObject({ status: "FAILED", text: "Hello!" });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(0);
    await db.client.update({ where: { id: thread.clientId }, data: { monthlyBudgetCents: null } });
  });

  it("warns before sending when another reply went out since the composer opened", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url });
    const tess = await actorFor(tenant.users.staffAll);
    const sam = await actorFor(tenant.users.staffA);
    const openedAt = new Date(Date.now() - 1000);
    const mine = await draftFor(sam, thread, "Sam's answer");
    const theirs = await draftFor(tess, thread, "Tess's answer");
    await submitReply(tess, { draftId: theirs.draftId, version: theirs.version, openedAt: longAgo() });
    const warned = await submitReply(sam, { draftId: mine.draftId, version: mine.version, openedAt });
    expect(warned).toMatchObject({ status: "collision", collision: { text: "Tess's answer", by: tess.name } });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(1);
    expect(await submitReply(sam, { draftId: mine.draftId, version: mine.version, openedAt, confirmCollision: true })).toMatchObject({ status: "sent" });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(2);
  });
});
