import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { countInbox } from "@/lib/inbox/count-inbox";
import { parseInboxFilters } from "@/lib/inbox/inbox-filters";
import { listInbox } from "@/lib/inbox/list-inbox";
import { deriveMetrics } from "@/lib/metrics/metric-totals";
import { refreshDailyMetrics } from "@/lib/metrics/refresh-daily-metrics";
import { buildMonthlyReport } from "@/lib/reports/build-monthly-report";
import { inboxHref } from "@/lib/reports/inbox-links";
import type { MonthlyReport } from "@/lib/reports/report-types";
import { actorFor } from "../../factories/actor-for";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { seedKnownMonth } from "../reports/seed-known-month";

// The report's "unanswered" number and the inbox view it links to must be the same conversations. October
// 2026 of seed-known-month.ts (London, 9-17): a2 (a reply after the brand answered m1), m3, and m4 (31 Oct,
// 23:30 GMT) were never answered; q1 was answered later in its thread (r3 answers f1, which came after it).
// Here, also: b1 at 23:30 UTC on 30 September, already 1 October in London (BST), never answered.

const NOW = new Date("2026-11-10T12:00:00Z");
let tenant: TestTenant;
let admin: Actor;
let report: MonthlyReport;
let seeded: Awaited<ReturnType<typeof seedKnownMonth>>;
const convoOf = new Map<string, string>();

const xIdAt = (iso: string, n: number) => String(((BigInt(Date.parse(iso)) - 1288834974657n) << 22n) + BigInt(900 + n));

beforeAll(async () => {
  tenant = await createTenant("inbox-unanswered");
  admin = await actorFor(tenant.users.admin);
  const clientId = tenant.clients.a.id;
  seeded = await seedKnownMonth(tenant.agencyId, clientId);
  const b1 = xIdAt("2026-09-30T23:30:00Z", 1);
  const b1Convo = await db.conversation.create({
    data: { agencyId: tenant.agencyId, clientId, accountId: seeded.accountId, xConversationId: b1, authorId: seeded.people.bob.id, firstInboundAt: new Date("2026-09-30T23:30:00Z"), inboundCount: 1 },
  });
  await db.post.create({
    data: { agencyId: tenant.agencyId, clientId, accountId: seeded.accountId, xId: b1, conversationId: b1Convo.id, xConversationId: b1, authorId: seeded.people.bob.id, kind: "MENTION", inbound: true, text: "b1 text", postedAt: new Date("2026-09-30T23:30:00Z") },
  });
  // The newest inbound item per conversation, as the sync keeps it (the seed writes only what reports read).
  await db.$executeRawUnsafe(
    `UPDATE conversations c SET last_inbound_at = (SELECT max(p.posted_at) FROM posts p WHERE p.conversation_id = c.id AND p.inbound) WHERE c.account_id = $1::uuid`,
    seeded.accountId,
  );
  for (const c of await db.conversation.findMany({ where: { accountId: seeded.accountId }, select: { id: true, xConversationId: true } })) {
    const key = [...seeded.ids].find(([, xId]) => xId === c.xConversationId)?.[0] ?? (c.xConversationId === b1 ? "b1" : c.xConversationId);
    convoOf.set(key, c.id);
  }
  // Status says nothing about answers: m3 was closed without a reply, m2 (answered) was reopened.
  await db.conversation.update({ where: { id: convoOf.get("m3") }, data: { status: "DONE", doneAt: NOW } });
  await db.conversation.update({ where: { id: convoOf.get("m2") }, data: { status: "OPEN" } });
  await refreshDailyMetrics({ accountIds: [seeded.accountId], from: new Date("2026-09-01T00:00:00Z"), to: new Date("2026-11-09T00:00:00Z"), now: NOW });
  report = await buildMonthlyReport(admin, { clientId, month: "2026-10" }, NOW);
});

const filtersOf = (href: string) => parseInboxFilters(new URL(href, "http://rapport.test").searchParams);

describe("the report's unanswered number, in the inbox", () => {
  it("links to exactly the conversations holding the month's unanswered items", async () => {
    const unanswered = deriveMetrics(report.current).unanswered;
    expect(unanswered).toBe(4);
    // What the response-rate card and the "Unanswered" shortcut link to.
    const href = inboxHref(tenant.clients.a.id, { status: "open" }, report.period);
    const filters = filtersOf(href);
    expect(filters).toMatchObject({ unanswered: true, status: "all", from: "2026-10-01", to: "2026-10-31" });

    const { rows } = await listInbox(admin, { filters, limit: 100 }, NOW);
    expect(rows).toHaveLength(unanswered);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(["m1", "m3", "m4", "b1"].map((k) => convoOf.get(k))));
    const counts = await countInbox(admin, filters, NOW);
    expect(counts.open + counts.pending + counts.snoozed + counts.done).toBe(unanswered);

    // The old link (open conversations whose newest item fell in the month) counted something else.
    const old = await listInbox(admin, { filters: { client: tenant.clients.a.id, status: "open", from: "2026-10-01", to: "2026-10-31" }, limit: 100 }, NOW);
    expect(old.rows.map((r) => r.id).sort()).not.toEqual(rows.map((r) => r.id).sort());
  });

  it("bounds the items by the client's local days, and an answer takes a conversation out", async () => {
    const day = (from: string, to: string) => listInbox(admin, { filters: { client: tenant.clients.a.id, status: "all", unanswered: true, from, to } }, NOW);
    // 23:30 UTC on 30 September is 1 October in London; 23:30 GMT on 31 October is still October.
    expect((await day("2026-10-01", "2026-10-01")).rows.map((r) => r.id)).toEqual([convoOf.get("b1")]);
    expect((await day("2026-09-30", "2026-09-30")).rows).toHaveLength(0);
    expect((await day("2026-10-31", "2026-10-31")).rows.map((r) => r.id)).toEqual([convoOf.get("m4")]);
    expect((await day("2026-11-01", "2026-11-30")).rows).toHaveLength(0);

    // The brand answers m3 on X (typed there, not through Rapport): it leaves the view.
    const m3 = seeded.ids.get("m3")!;
    await db.post.create({
      data: {
        agencyId: tenant.agencyId,
        clientId: tenant.clients.a.id,
        accountId: seeded.accountId,
        xId: xIdAt("2026-11-02T10:00:00Z", 2),
        conversationId: convoOf.get("m3"),
        xConversationId: m3,
        authorId: seeded.brandUser.id,
        kind: "OWN_REPLY",
        inbound: false,
        text: "sorry, on it",
        inReplyToXId: m3,
        inReplyToUserId: seeded.people.alice.id,
        postedAt: new Date("2026-11-02T10:00:00Z"),
      },
    });
    expect((await day("2026-10-01", "2026-10-31")).rows.map((r) => r.id).sort()).toEqual(["m1", "m4", "b1"].map((k) => convoOf.get(k)).sort());
  });
});
