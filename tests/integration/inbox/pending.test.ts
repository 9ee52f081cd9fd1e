import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countInbox } from "@/lib/inbox/count-inbox";
import { listInbox } from "@/lib/inbox/list-inbox";
import { markConversationsDone } from "@/lib/inbox/mark-conversations-done";
import { markConversationsPending } from "@/lib/inbox/mark-conversations-pending";
import { snoozeConversations } from "@/lib/inbox/snooze-conversations";
import { actorFor } from "../../factories/actor-for";
import { createConversations } from "../../factories/create-conversations";
import { createTenant } from "../../factories/create-tenant";
import { connectSimAccount, makeDue, type Sim, startSim, syncAll, uniqueUsername } from "../sync/harness";
import { outcome } from "./helpers";

// "Pending" by hand: waiting on the client or the customer. Before this, only an approval led there.

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

const stateOf = (id: string) => db.conversation.findUniqueOrThrow({ where: { id }, select: { status: true, snoozedUntil: true, doneAt: true } });

describe("mark pending", () => {
  it("moves open, snoozed and done conversations to Pending, in bulk, audited, and out of Open", async () => {
    const tenant = await createTenant("inbox-pending");
    const staffA = await actorFor(tenant.users.staffA);
    const [open, snoozed, done, already] = await createConversations(tenant, [{ client: "a" }, { client: "a" }, { client: "a" }, { client: "a", status: "PENDING" }]);
    await snoozeConversations(staffA, { conversationIds: [snoozed!.id], when: { preset: "3h" } });
    await markConversationsDone(staffA, { conversationIds: [done!.id] });

    const ids = [open!.id, snoozed!.id, done!.id, already!.id];
    expect(await markConversationsPending(staffA, { conversationIds: ids })).toEqual({ changed: 3 });
    for (const id of ids) expect(await stateOf(id)).toEqual({ status: "PENDING", snoozedUntil: null, doneAt: null });
    expect(await markConversationsPending(staffA, { conversationIds: ids })).toEqual({ changed: 0 });

    const audit = await db.auditLog.findMany({ where: { targetId: { in: ids }, data: { path: ["to"], equals: "PENDING" } }, select: { targetId: true, actorId: true, data: true } });
    expect(audit.map((a) => a.targetId).sort()).toEqual([open!.id, snoozed!.id, done!.id].sort());
    expect(audit.find((a) => a.targetId === done!.id)).toMatchObject({ actorId: staffA.userId, data: { from: "DONE", to: "PENDING", reason: "waiting on the client or customer" } });

    const onA = { client: tenant.clients.a.id };
    expect(await countInbox(staffA, onA)).toMatchObject({ open: 0, pending: 4, snoozed: 0, done: 0 });
    expect((await listInbox(staffA, { filters: { ...onA, status: "pending" } })).rows.map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it("is all or nothing, and only for people who work on the client", async () => {
    const tenant = await createTenant("inbox-pending-scope");
    const staffA = await actorFor(tenant.users.staffA);
    const viewer = await actorFor(tenant.users.viewerA);
    const [onA, onB] = await createConversations(tenant, [{ client: "a" }, { client: "b" }]);
    expect(await outcome(() => markConversationsPending(staffA, { conversationIds: [onA!.id, onB!.id] }))).toBe("not_found");
    expect(await outcome(() => markConversationsPending(viewer, { conversationIds: [onA!.id] }))).not.toBe("ok");
    expect((await stateOf(onA!.id)).status).toBe("OPEN");
  });

  it("a new inbound item on a pending conversation brings it back to Open (the sync, as for any status)", async () => {
    const tenant = await createTenant("inbox-pending-sync");
    const staffA = await actorFor(tenant.users.staffA);
    const brand = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    const fan = uniqueUsername("p");
    await sim.control("POST", "/_sim/accounts", { username: fan });
    const mention = await sim.control<{ post: { id: string; conversationId: string } }>("POST", "/_sim/mentions", { to: brand.username, from: fan, text: `@${brand.username} is my order lost?` });
    await syncAll([brand.accountId]);
    const where = { accountId_xConversationId: { accountId: brand.accountId, xConversationId: mention.post.conversationId } };
    const { id } = await db.conversation.findUniqueOrThrow({ where, select: { id: true } });

    // The brand asked the customer for an order number on X; staff park it until the customer writes back.
    const answer = await sim.control<{ post: { id: string } }>("POST", "/_sim/replies", { to: mention.post.id, from: brand.username, text: `@${fan} can you DM us the order number?` });
    await makeDue([brand.accountId]);
    await syncAll([brand.accountId]);
    expect(await markConversationsPending(staffA, { conversationIds: [id] })).toEqual({ changed: 1 });
    // Nothing new from the customer: a sync leaves it pending.
    await makeDue([brand.accountId]);
    await syncAll([brand.accountId]);
    expect((await stateOf(id)).status).toBe("PENDING");

    await sim.control("POST", "/_sim/replies", { to: answer.post.id, from: fan, text: `@${brand.username} sent!` });
    await makeDue([brand.accountId]);
    await syncAll([brand.accountId]);
    expect((await stateOf(id)).status).toBe("OPEN");
  });
});
