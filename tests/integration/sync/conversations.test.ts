import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { subscribeInboxEvents, type InboxEvent } from "@/lib/sync";
import { businessHoursSchema } from "@/lib/sla/business-hours";
import { addBusinessMillis } from "@/lib/sla/business-time";
import { createTenant } from "../../factories/create-tenant";
import { connectSimAccount, makeDue, startSim, storedInbound, syncAll, truthInbound, uniqueUsername, waitFor, type Sim } from "./harness";

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

type SimPost = { post: { id: string; conversationId: string; createdAt: string } };

async function person(): Promise<string> {
  const username = uniqueUsername("p");
  await sim.control("POST", "/_sim/accounts", { username });
  return username;
}

describe("conversations", () => {
  it("a brand reply made on X answers the conversation; a new inbound item reopens a DONE one; inboxes hear about it", async () => {
    const tenant = await createTenant("convo");
    const brand = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    const fan = await person();
    const events: InboxEvent[] = [];
    const otherClient: InboxEvent[] = [];
    const stop = await subscribeInboxEvents({ agencyId: tenant.agencyId, clientIds: [tenant.clients.a.id] }, (e) => events.push(e));
    const stopOther = await subscribeInboxEvents({ agencyId: tenant.agencyId, clientIds: [tenant.clients.b.id] }, (e) => otherClient.push(e));

    try {
      const mention = await sim.control<SimPost>("POST", "/_sim/mentions", { to: brand.username, from: fan, text: `@${brand.username} my order never arrived` });
      await syncAll([brand.accountId]);
      const where = { accountId_xConversationId: { accountId: brand.accountId, xConversationId: mention.post.conversationId } };
      let conversation = await db.conversation.findUniqueOrThrow({ where });
      const client = await db.client.findUniqueOrThrow({ where: { id: tenant.clients.a.id } });
      const waitingSince = new Date(mention.post.createdAt);
      expect(conversation).toMatchObject({ status: "OPEN", latestKind: "MENTION", inboundCount: 1, awaitingSince: waitingSince, ownReplyCount: 0 });
      expect(conversation.slaDueAt).toEqual(addBusinessMillis(waitingSince, client.slaMinutes * 60_000, businessHoursSchema.parse(client.businessHours), client.timezone));
      await waitFor(async () => events.some((e) => e.conversationIds.includes(conversation.id)), 5_000, "the inbox event");

      // The brand answers directly on X.
      const answer = await sim.control<SimPost>("POST", "/_sim/replies", { to: mention.post.id, from: brand.username, text: `@${fan} so sorry, DM us your order number` });
      await makeDue([brand.accountId]);
      await syncAll([brand.accountId]);
      conversation = await db.conversation.findUniqueOrThrow({ where });
      expect(conversation).toMatchObject({ awaitingSince: null, slaDueAt: null, ownReplyCount: 1, firstResponseAt: new Date(answer.post.createdAt), lastResponseAt: new Date(answer.post.createdAt) });
      const own = await db.post.findUniqueOrThrow({ where: { accountId_xId: { accountId: brand.accountId, xId: answer.post.id } } });
      expect(own).toMatchObject({ kind: "OWN_REPLY", inbound: false, conversationId: conversation.id });

      // Someone closes it in the inbox; then the fan writes back.
      await db.conversation.update({ where: { id: conversation.id }, data: { status: "DONE", doneAt: new Date() } });
      const back = await sim.control<SimPost>("POST", "/_sim/replies", { to: answer.post.id, from: fan, text: `@${brand.username} still nothing` });
      await makeDue([brand.accountId]);
      await syncAll([brand.accountId]);
      conversation = await db.conversation.findUniqueOrThrow({ where });
      expect(conversation).toMatchObject({ status: "OPEN", doneAt: null, latestKind: "REPLY", latestInboundText: `@${brand.username} still nothing`, inboundCount: 2, awaitingSince: new Date(back.post.createdAt) });
      expect(conversation.slaDueAt).not.toBeNull();
      expect(await storedInbound(brand.accountId)).toEqual(await truthInbound(sim, brand.username));
      expect(events.filter((e) => e.conversationIds.includes(conversation.id)).length).toBeGreaterThanOrEqual(2);
      expect(otherClient).toHaveLength(0);
    } finally {
      stop();
      stopOther();
    }
  });

  it("classifies quotes of the brand's posts, finding the ones without an @mention through the post's quote count", async () => {
    const tenant = await createTenant("quotes");
    const brand = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    const fan = await person();
    const launch = await sim.control<SimPost>("POST", "/_sim/posts", { from: brand.username, text: "Our winter menu is here" });
    await sim.control("POST", "/_sim/quotes", { of: launch.post.id, from: fan, text: "Finally!", mention: false });
    await sim.control("POST", "/_sim/quotes", { of: launch.post.id, from: await person(), text: "Trying it today" });
    await syncAll([brand.accountId]);
    // Metrics come round: the post has 2 quotes on X, we hold 1.
    await makeDue([brand.accountId]);
    await syncAll([brand.accountId]);
    const truth = await truthInbound(sim, brand.username);
    expect(truth).toHaveLength(2);
    expect(await storedInbound(brand.accountId)).toEqual(truth);
    expect(await db.post.count({ where: { accountId: brand.accountId, kind: "QUOTE", quotedXId: launch.post.id } })).toBe(2);
    expect(await db.post.findUniqueOrThrow({ where: { accountId_xId: { accountId: brand.accountId, xId: launch.post.id } }, select: { kind: true, quotes: true } })).toEqual({ kind: "OWN_ORIGINAL", quotes: 2 });
  });

  it("files replies to the brand's own post under that post's thread, the post included", async () => {
    const tenant = await createTenant("thread");
    const brand = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    const launch = await sim.control<SimPost>("POST", "/_sim/posts", { from: brand.username, text: "We are open on Sundays now" });
    await syncAll([brand.accountId]);
    expect(await db.post.findUniqueOrThrow({ where: { accountId_xId: { accountId: brand.accountId, xId: launch.post.id } }, select: { kind: true, conversationId: true } })).toEqual({ kind: "OWN_ORIGINAL", conversationId: null });

    const fans = [await person(), await person()];
    for (const fan of fans) await sim.control("POST", "/_sim/replies", { to: launch.post.id, from: fan, text: `@${brand.username} finally!` });
    await makeDue([brand.accountId]);
    await syncAll([brand.accountId]);
    const conversation = await db.conversation.findUniqueOrThrow({ where: { accountId_xConversationId: { accountId: brand.accountId, xConversationId: launch.post.id } } });
    expect(conversation).toMatchObject({ status: "OPEN", latestKind: "REPLY", inboundCount: 2 });
    const thread = await db.post.findMany({ where: { conversationId: conversation.id }, orderBy: { postedAt: "asc" }, select: { xId: true, kind: true } });
    expect(thread.map((p) => p.kind)).toEqual(["OWN_ORIGINAL", "REPLY", "REPLY"]);
    expect(thread[0]?.xId).toBe(launch.post.id);
  });
});
