import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { countInbox } from "@/lib/inbox/count-inbox";
import type { InboxFilters } from "@/lib/inbox/inbox-filters";
import { listInbox } from "@/lib/inbox/list-inbox";
import { tagConversations } from "@/lib/inbox/tag-conversations";
import { actorFor } from "../../factories/actor-for";
import { createClient, createConversations } from "../../factories/create-conversations";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { ALWAYS_OPEN, HOUR } from "./helpers";

const NOW = new Date("2026-12-02T12:00:00Z");
let tenant: TestTenant;
let admin: Actor;
let tokyoId: string;

async function texts(filters: Partial<InboxFilters>, actor = admin): Promise<string[]> {
  const { rows } = await listInbox(actor, { filters: { sort: "oldest", ...filters } }, NOW);
  return rows.map((r) => r.text);
}

beforeAll(async () => {
  tenant = await createTenant("inbox-filters");
  admin = await actorFor(tenant.users.admin);
  tokyoId = (await createClient(tenant, { name: "Tokyo", timezone: "Asia/Tokyo", hours: ALWAYS_OPEN, slaMinutes: 60 })).id;
  const at = (hours: number) => new Date(NOW.getTime() - hours * HOUR);
  await createConversations(
    tenant,
    [
      { client: "a", account: `main_${tenant.agencyId.slice(0, 6)}`, text: "Refund please, order 100% broken", kind: "MENTION", lastInboundAt: at(10), tags: ["billing"], author: { username: "jane_doe", name: "Jane Doe" } },
      { client: "a", account: `help_${tenant.agencyId.slice(0, 6)}`, text: "Where is my parcel?", kind: "REPLY", lastInboundAt: at(9), hasDraft: true, author: { username: "parcel_pete", name: "Peter Parcel" } },
      { client: "a", account: `main_${tenant.agencyId.slice(0, 6)}`, text: "Quoting your ad: love it", kind: "QUOTE", lastInboundAt: at(8), assigneeId: tenant.users.staffA.id },
      { client: "b", text: "Client B wants a refund too", kind: "MENTION", lastInboundAt: at(7), tags: ["billing", "vip"] },
      { client: "b", text: "Old and answered", kind: "REPLY", lastInboundAt: at(6), status: "DONE", awaitingSince: null },
      { client: "b", text: "Snoozed for later", kind: "MENTION", lastInboundAt: at(5), status: "SNOOZED", snoozedUntil: new Date(NOW.getTime() + HOUR) },
      { client: "b", text: "Snooze ran out", kind: "MENTION", lastInboundAt: at(4), status: "SNOOZED", snoozedUntil: new Date(NOW.getTime() - HOUR) },
      { client: "a", text: "Waiting on approval", kind: "REPLY", lastInboundAt: at(3), status: "PENDING", assigneeId: tenant.users.staffAll.id },
      // 23:30Z on 30 Nov is 08:30 on 1 Dec in Tokyo.
      { client: tokyoId, text: "Tokyo morning", kind: "MENTION", lastInboundAt: new Date("2026-11-30T23:30:00Z") },
      { client: "a", text: "London late evening", kind: "MENTION", lastInboundAt: new Date("2026-11-30T23:40:00Z") },
      { client: "a", text: "100_percent literal", kind: "MENTION", lastInboundAt: at(2) },
    ],
    NOW,
  );
});

describe("inbox filters", () => {
  it("status: open includes expired snoozes; snoozed only those still asleep; all has every status", async () => {
    expect(await texts({ status: "open" })).toEqual([
      "Tokyo morning",
      "London late evening",
      "Refund please, order 100% broken",
      "Where is my parcel?",
      "Quoting your ad: love it",
      "Client B wants a refund too",
      "Snooze ran out",
      "100_percent literal",
    ]);
    expect(await texts({ status: "snoozed" })).toEqual(["Snoozed for later"]);
    expect(await texts({ status: "pending" })).toEqual(["Waiting on approval"]);
    expect(await texts({ status: "done" })).toEqual(["Old and answered"]);
    expect(await texts({ status: "all" })).toHaveLength(11);
  });

  it("counts each status view under the other filters", async () => {
    expect(await countInbox(admin, {}, NOW)).toEqual({ open: 8, pending: 1, snoozed: 1, done: 1 });
    expect(await countInbox(admin, { client: tenant.clients.b.id }, NOW)).toEqual({ open: 2, pending: 0, snoozed: 1, done: 1 });
    expect(await countInbox(admin, { kind: "reply" }, NOW)).toEqual({ open: 1, pending: 1, snoozed: 0, done: 1 });
  });

  it("client and account", async () => {
    expect(await texts({ client: tenant.clients.b.id })).toEqual(["Client B wants a refund too", "Snooze ran out"]);
    const help = await db.xAccount.findFirstOrThrow({ where: { agencyId: tenant.agencyId, username: `help_${tenant.agencyId.slice(0, 6)}` } });
    expect(await texts({ account: help.id })).toEqual(["Where is my parcel?"]);
    expect(await texts({ account: help.id, client: tenant.clients.b.id })).toEqual([]);
  });

  it("assignee: me, unassigned, a teammate", async () => {
    const staffA = await actorFor(tenant.users.staffA);
    expect(await texts({ assignee: "me" }, staffA)).toEqual(["Quoting your ad: love it"]);
    expect(await texts({ assignee: tenant.users.staffAll.id, status: "all" })).toEqual(["Waiting on approval"]);
    expect(await texts({ assignee: "unassigned" })).not.toContain("Quoting your ad: love it");
    expect(await texts({ assignee: "unassigned" })).toHaveLength(7);
  });

  it("tag, kind, has draft", async () => {
    expect(await texts({ tag: "billing" })).toEqual(["Refund please, order 100% broken", "Client B wants a refund too"]);
    expect(await texts({ tag: "vip" })).toEqual(["Client B wants a refund too"]);
    expect(await texts({ tag: "no-such-tag" })).toEqual([]);
    expect(await texts({ kind: "quote" })).toEqual(["Quoting your ad: love it"]);
    expect(await texts({ kind: "reply" })).toEqual(["Where is my parcel?"]);
    expect(await texts({ draft: true })).toEqual(["Where is my parcel?"]);
  });

  it("the tag filter follows tags added and removed later", async () => {
    const [row] = (await listInbox(admin, { filters: { q: "parcel" } }, NOW)).rows;
    await tagConversations(admin, { conversationIds: [row!.id], add: ["Billing"] });
    expect(await texts({ tag: "billing" })).toContain("Where is my parcel?");
    await tagConversations(admin, { conversationIds: [row!.id], remove: ["billing"] });
    expect(await texts({ tag: "billing" })).not.toContain("Where is my parcel?");
  });

  it("search: text and author name or handle, any case, % and _ literal", async () => {
    expect(await texts({ q: "REFUND" })).toEqual(["Refund please, order 100% broken", "Client B wants a refund too"]);
    expect(await texts({ q: "jane doe" })).toEqual(["Refund please, order 100% broken"]);
    expect(await texts({ q: "@parcel_pete" })).toEqual(["Where is my parcel?"]);
    expect(await texts({ q: "100%" })).toEqual(["Refund please, order 100% broken"]);
    expect(await texts({ q: "100_" })).toEqual(["100_percent literal"]);
    expect(await texts({ q: "nothing like this" })).toEqual([]);
  });

  it("search follows a person's new name on X", async () => {
    await db.xUser.updateMany({ where: { username: "parcel_pete" }, data: { name: "Petra Renamed" } });
    expect(await texts({ q: "petra renamed" })).toEqual(["Where is my parcel?"]);
  });

  it("from/to are local dates of each conversation's client", async () => {
    expect(await texts({ from: "2026-12-01", to: "2026-12-01" })).toEqual(["Tokyo morning"]);
    expect(await texts({ from: "2026-11-30", to: "2026-11-30" })).toEqual(["London late evening"]);
    expect(await texts({ from: "2026-12-02" })).toHaveLength(6);
    expect(await texts({ to: "2026-11-30" })).toEqual(["London late evening"]);
  });
});
