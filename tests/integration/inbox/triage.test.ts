import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assignConversations } from "@/lib/inbox/assign-conversations";
import { countInbox } from "@/lib/inbox/count-inbox";
import { listInbox } from "@/lib/inbox/list-inbox";
import { markConversationsDone } from "@/lib/inbox/mark-conversations-done";
import { reopenConversations } from "@/lib/inbox/reopen-conversations";
import { snoozeConversations } from "@/lib/inbox/snooze-conversations";
import { tagConversations } from "@/lib/inbox/tag-conversations";
import { wakeSnoozedConversations } from "@/lib/inbox/wake-snoozed-conversations";
import { actorFor } from "../../factories/actor-for";
import { createClient, createConversations } from "../../factories/create-conversations";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { HOUR, MIN, outcome } from "./helpers";

let tenant: TestTenant;
let admin: Actor;
let staffA: Actor;

beforeAll(async () => {
  tenant = await createTenant("inbox-triage");
  admin = await actorFor(tenant.users.admin);
  staffA = await actorFor(tenant.users.staffA);
});

const statusOf = async (id: string) => (await db.conversation.findUniqueOrThrow({ where: { id }, select: { status: true, snoozedUntil: true, doneAt: true, assigneeId: true } }));

describe("status transitions", () => {
  it("done and reopen, with the audit log", async () => {
    const [one, two] = await createConversations(tenant, [{ client: "a" }, { client: "a", status: "PENDING" }]);
    expect(await markConversationsDone(staffA, { conversationIds: [one!.id, two!.id] })).toEqual({ changed: 2 });
    expect(await statusOf(one!.id)).toMatchObject({ status: "DONE", snoozedUntil: null });
    expect((await statusOf(one!.id)).doneAt).toBeInstanceOf(Date);
    // Already done: nothing to change, nothing logged twice.
    expect(await markConversationsDone(staffA, { conversationIds: [one!.id] })).toEqual({ changed: 0 });
    expect(await reopenConversations(staffA, { conversationIds: [one!.id, two!.id] })).toEqual({ changed: 2 });
    expect(await statusOf(two!.id)).toMatchObject({ status: "OPEN", doneAt: null });
    const audit = await db.auditLog.findMany({ where: { targetId: two!.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, data: true } });
    expect(audit).toEqual([
      { action: "conversation.status_changed", actorId: staffA.userId, data: { from: "PENDING", to: "DONE", reason: "marked done" } },
      { action: "conversation.status_changed", actorId: staffA.userId, data: { from: "DONE", to: "OPEN", reason: "reopened" } },
    ]);
  });

  it("a snooze leaves open and comes back by itself when it runs out", async () => {
    const now = new Date();
    const [row] = await createConversations(tenant, [{ client: "b", text: "snooze me" }], now);
    const { snoozed } = await snoozeConversations(admin, { conversationIds: [row!.id], when: { preset: "1h" } }, { now });
    expect(snoozed).toEqual([{ id: row!.id, until: new Date(now.getTime() + HOUR).toISOString() }]);
    const ids = async (status: "open" | "snoozed", at: Date) => (await listInbox(admin, { filters: { status, client: tenant.clients.b.id } }, at)).rows.map((r) => r.id);
    const soon = new Date(now.getTime() + 30 * MIN);
    const later = new Date(now.getTime() + 2 * HOUR);
    expect(await ids("open", soon)).not.toContain(row!.id);
    expect(await ids("snoozed", soon)).toContain(row!.id);
    expect(await ids("open", later)).toContain(row!.id);
    expect(await ids("snoozed", later)).not.toContain(row!.id);
    expect((await countInbox(admin, { client: tenant.clients.b.id }, later)).snoozed).toBe(0);
    // The worker's housekeeping makes it open for good.
    expect((await wakeSnoozedConversations({ now: later, agencyId: tenant.agencyId })).woken).toBe(1);
    expect(await statusOf(row!.id)).toMatchObject({ status: "OPEN", snoozedUntil: null });
  });

  it("snooze presets wake each conversation at 9:00 in its own client's time zone", async () => {
    const tokyo = await createClient(tenant, { name: "Tokyo", timezone: "Asia/Tokyo", hours: { mon: [{ start: "09:00", end: "17:00" }] }, slaMinutes: 60 });
    const [inLondon, inTokyo] = await createConversations(tenant, [{ client: "a" }, { client: tokyo.id }]);
    const now = new Date("2026-12-02T12:00:00Z");
    const { snoozed } = await snoozeConversations(admin, { conversationIds: [inLondon!.id, inTokyo!.id], when: { preset: "tomorrow" } }, { now });
    expect(Object.fromEntries(snoozed.map((s) => [s.id, s.until]))).toEqual({ [inLondon!.id]: "2026-12-03T09:00:00.000Z", [inTokyo!.id]: "2026-12-03T00:00:00.000Z" });
    expect(await outcome(() => snoozeConversations(admin, { conversationIds: [inLondon!.id], when: { until: new Date(Date.now() - MIN) } }))).toBe("validation");
  });
});

describe("assign and tag", () => {
  it("assigns only to a teammate who works on every selected client; unassigns", async () => {
    const [onA, onB] = await createConversations(tenant, [{ client: "a" }, { client: "b" }]);
    expect(await assignConversations(admin, { conversationIds: [onA!.id], assigneeId: tenant.users.staffA.id })).toEqual({ changed: 1 });
    expect((await statusOf(onA!.id)).assigneeId).toBe(tenant.users.staffA.id);
    // staff A does not work on client B: nothing changes, not even the conversation on A.
    const refused = assignConversations(admin, { conversationIds: [onA!.id, onB!.id], assigneeId: tenant.users.staffA.id });
    await expect(refused).rejects.toThrow(/does not work on/);
    expect((await statusOf(onB!.id)).assigneeId).toBeNull();
    expect(await outcome(() => assignConversations(admin, { conversationIds: [onA!.id], assigneeId: tenant.users.viewerA.id }))).toBe("validation");
    expect(await assignConversations(admin, { conversationIds: [onA!.id, onB!.id], assigneeId: tenant.users.staffAll.id })).toEqual({ changed: 2 });
    expect(await assignConversations(admin, { conversationIds: [onA!.id], assigneeId: null })).toEqual({ changed: 1 });
    const audit = await db.auditLog.findFirst({ where: { targetId: onA!.id, action: "conversation.assigned" }, orderBy: { createdAt: "desc" }, select: { data: true } });
    expect(audit?.data).toEqual({ from: tenant.users.staffAll.id, to: null });
  });

  it("creates tags on the fly for the agency, adds and removes them", async () => {
    const [one, two] = await createConversations(tenant, [{ client: "a" }, { client: "a", tags: ["urgent"] }]);
    const result = await tagConversations(staffA, { conversationIds: [one!.id, two!.id], add: ["  Urgent ", "New  Idea"] });
    expect(result.changed).toBe(2);
    expect(result.tags.map((t) => t.name).sort()).toEqual(["new idea", "urgent"]);
    const tagsOf = async (id: string) => (await db.conversationTag.findMany({ where: { conversationId: id }, select: { tag: { select: { name: true } } } })).map((t) => t.tag.name).sort();
    expect(await tagsOf(one!.id)).toEqual(["new idea", "urgent"]);
    expect(await db.tag.count({ where: { agencyId: tenant.agencyId, name: "urgent" } })).toBe(1);
    await tagConversations(staffA, { conversationIds: [one!.id, two!.id], remove: ["urgent"] });
    expect(await tagsOf(two!.id)).toEqual(["new idea"]);
    expect(await outcome(() => tagConversations(staffA, { conversationIds: [one!.id], add: ["<script>"] }))).toBe("validation");
  });
});

describe("bulk actions are all or nothing", () => {
  it("one conversation the actor may not act on fails the whole selection, and nothing changes", async () => {
    const other = await createTenant("inbox-other");
    const [a1, a2, b1] = await createConversations(tenant, [{ client: "a" }, { client: "a" }, { client: "b" }]);
    const [foreign] = await createConversations(other, [{ client: "a" }]);
    expect(await outcome(() => markConversationsDone(staffA, { conversationIds: [a1!.id, a2!.id, b1!.id] }))).toBe("not_found");
    expect(await outcome(() => snoozeConversations(staffA, { conversationIds: [a1!.id, b1!.id], when: { preset: "3h" } }))).toBe("not_found");
    expect(await outcome(() => assignConversations(staffA, { conversationIds: [a1!.id, b1!.id], assigneeId: null }))).toBe("not_found");
    expect(await outcome(() => tagConversations(staffA, { conversationIds: [a1!.id, b1!.id], add: ["x"] }))).toBe("not_found");
    expect(await outcome(() => markConversationsDone(admin, { conversationIds: [a1!.id, foreign!.id] }))).toBe("not_found");
    expect(await outcome(() => markConversationsDone(admin, { conversationIds: [a1!.id, "01900000-0000-7000-8000-000000000000"] }))).toBe("not_found");
    for (const row of [a1, a2, b1]) expect((await statusOf(row!.id)).status).toBe("OPEN");
    expect(await db.tag.count({ where: { agencyId: tenant.agencyId, name: "x" } })).toBe(0);
    expect(await markConversationsDone(staffA, { conversationIds: [a1!.id, a2!.id, a1!.id] })).toEqual({ changed: 2 });
  });
});
