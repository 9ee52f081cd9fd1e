import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshDailyMetrics } from "@/lib/metrics/refresh-daily-metrics";
import { buildMonthlyReport } from "@/lib/reports/build-monthly-report";
import { closeDueMonths } from "@/lib/reports/close-due-months";
import { dismissReportNotification } from "@/lib/reports/dismiss-report-notification";
import { exportConversationsCsv } from "@/lib/reports/export-conversations-csv";
import { getReportExport } from "@/lib/reports/get-report-export";
import { listReportNotifications } from "@/lib/reports/list-report-notifications";
import { type MonthlyReport, REPORT_VERSION } from "@/lib/reports/report-types";
import { actorFor } from "../../factories/actor-for";
import { createTenant } from "../../factories/create-tenant";
import { pdfPageText } from "./pdf-text";
import { seedKnownMonth } from "./seed-known-month";

// Half an hour into 1 November in London: October has just closed there.
const CLOSE = new Date("2026-11-01T00:30:00Z");
const LATER = new Date("2026-11-03T12:00:00Z");

describe("closing a month", () => {
  it("freezes last month's report once, tells the client's viewers, and never changes it after", async () => {
    const tenant = await createTenant("close");
    const client = tenant.clients.a;
    const seeded = await seedKnownMonth(tenant.agencyId, client.id);
    const viewer = await actorFor(tenant.users.viewerA);
    const admin = await actorFor(tenant.users.admin);

    // Half an hour before the 1st in London only September is due (it is still 31 October there).
    expect(await closeDueMonths(new Date("2026-10-31T23:30:00Z"), { clientIds: [client.id] })).toEqual([{ clientId: client.id, month: "2026-09", notified: 1 }]);

    expect(await closeDueMonths(CLOSE, { clientIds: [client.id] })).toEqual([{ clientId: client.id, month: "2026-10", notified: 1 }]);
    const snapshot = await db.reportSnapshot.findUniqueOrThrow({ where: { clientId_month: { clientId: client.id, month: new Date("2026-10-01T00:00:00Z") } } });
    const frozen = await buildMonthlyReport(viewer, { clientId: client.id, month: "2026-10" }, LATER);
    expect(frozen).toMatchObject({ status: "final", frozenAt: CLOSE.toISOString(), usage: null });
    // At the close, m4 (Saturday night) was still inside its SLA: neither met nor breached.
    expect(frozen.current).toMatchObject({ neededAnswer: 7, answered: 4, slaMet: 3, slaBreached: 3 });
    expect((await buildMonthlyReport(admin, { clientId: client.id, month: "2026-10" }, LATER)).usage?.costMicros).toBe(550_000);

    // Told in the app (no SMTP in tests), with a link to the month.
    const notices = await listReportNotifications(viewer);
    expect(notices).toMatchObject([
      { month: "2026-10", monthLabel: "October 2026", path: "/portal/reports/2026-10", clientId: client.id },
      { month: "2026-09", monthLabel: "September 2026" },
    ]);

    // The conversations file of the closed month, as it stood at the close: m3 and m4 still open.
    const conversationsCsv = async () => String((await getReportExport(viewer, { clientId: client.id, month: "2026-10", file: "conversations.csv" }, LATER)).body);
    const csvAtClose = await conversationsCsv();
    expect(csvAtClose.split("\r\n").find((l) => l.includes("m3 text"))).toMatch(/,,,breached,open,1,0,/);

    // Late data: an answer to m3 and a mention ingested days late, both in October.
    const base = { agencyId: tenant.agencyId, clientId: client.id, accountId: seeded.accountId, text: "late" };
    await db.post.createMany({
      data: [
        { ...base, xId: "2999999999999999901", xConversationId: seeded.ids.get("m3"), authorId: seeded.brandUser.id, kind: "OWN_REPLY", inbound: false, inReplyToXId: seeded.ids.get("m3"), inReplyToUserId: seeded.people.alice.id, postedAt: new Date("2026-11-02T10:00:00Z") },
        { ...base, xId: "2999999999999999902", xConversationId: "2999999999999999902", authorId: seeded.people.carol.id, kind: "MENTION", inbound: true, postedAt: new Date("2026-10-20T10:00:00Z") },
      ],
    });
    // …and the inbox moves on: m3 answered and done, the late mention a new conversation.
    const m3 = await db.conversation.findFirstOrThrow({ where: { clientId: client.id, xConversationId: seeded.ids.get("m3") } });
    await db.conversation.update({ where: { id: m3.id }, data: { status: "DONE", firstResponseAt: new Date("2026-11-02T10:00:00Z"), ownReplyCount: 1 } });
    await db.conversation.create({ data: { agencyId: tenant.agencyId, clientId: client.id, accountId: seeded.accountId, xConversationId: "2999999999999999902", authorId: seeded.people.carol.id, firstInboundAt: new Date("2026-10-20T10:00:00Z"), inboundCount: 1 } });
    await refreshDailyMetrics({ accountIds: [seeded.accountId], from: new Date("2026-10-01T00:00:00Z"), to: new Date("2026-10-31T12:00:00Z"), now: LATER });
    const rollup = await db.dailyMetric.aggregate({ where: { clientId: client.id, day: { gte: new Date("2026-10-01"), lte: new Date("2026-10-31") } }, _sum: { neededAnswer: true, answered: true } });
    expect(rollup._sum).toEqual({ neededAnswer: 8, answered: 5 }); // the rollups moved on…

    const again = await buildMonthlyReport(viewer, { clientId: client.id, month: "2026-10" }, LATER);
    expect(again).toEqual(frozen); // …the frozen report did not
    const csv = await getReportExport(viewer, { clientId: client.id, month: "2026-10", file: "daily.csv" }, LATER);
    expect(String(csv.body).split("\r\n").find((l) => l.startsWith("2026-10-20"))).toMatch(/^2026-10-20,0,0,0,0,0,0,0,/);
    // Read live, the conversations would now differ (m3 done, one more row); the closed month's file does not.
    const live = await exportConversationsCsv(client.id, { year: 2026, month: 10 }, LATER);
    expect(live.split("\r\n").find((l) => l.includes("m3 text"))).toContain(",done,1,1,");
    expect(live.split("\r\n")).toHaveLength(csvAtClose.split("\r\n").length + 1);
    expect(await conversationsCsv()).toBe(csvAtClose);

    // Running again (or twice at once) freezes and notifies nothing more.
    expect(await Promise.all([closeDueMonths(LATER, { clientIds: [client.id] }), closeDueMonths(LATER, { clientIds: [client.id] })])).toEqual([[], []]);
    const still = await db.reportSnapshot.findUniqueOrThrow({ where: { id: snapshot.id } });
    expect([still.frozenAt, still.data]).toEqual([snapshot.frozenAt, snapshot.data]);
    expect(await listReportNotifications(viewer)).toHaveLength(2);

    // The previous month of the live November report is October as it was frozen.
    const november = await buildMonthlyReport(admin, { clientId: client.id }, LATER);
    expect(november).toMatchObject({ month: "2026-11", status: "live" });
    expect(november.previous).toEqual(frozen.current);

    await dismissReportNotification(viewer, { notificationId: notices[0]?.id ?? "" });
    expect((await listReportNotifications(viewer)).map((n) => n.month)).toEqual(["2026-09"]);
  });

  it("serves a snapshot frozen by an older version of the report exactly as it was stored", async () => {
    const tenant = await createTenant("old-snapshot");
    const client = tenant.clients.a;
    await seedKnownMonth(tenant.agencyId, client.id);
    const admin = await actorFor(tenant.users.admin);
    await closeDueMonths(CLOSE, { clientIds: [client.id] });
    const where = { clientId_month: { clientId: client.id, month: new Date("2026-10-01T00:00:00Z") } };
    // As an earlier version would have written it: another version number, figures today's code would
    // not compute from these rows, and without what was added since (the people who engaged most, the
    // conversations file frozen beside the report).
    const { topPeople: _people, ...stored } = (await db.reportSnapshot.findUniqueOrThrow({ where })).data as unknown as MonthlyReport;
    const old = { ...stored, version: REPORT_VERSION - 1, current: { ...stored.current, answered: 6, slaMet: 5 }, summary: { ...stored.summary, headline: "As written then" } };
    await db.reportSnapshot.update({ where, data: { data: old, conversationsCsv: null } });

    const served = await buildMonthlyReport(admin, { clientId: client.id, month: "2026-10" }, LATER);
    expect(served).toMatchObject({ version: REPORT_VERSION - 1, status: "final", frozenAt: CLOSE.toISOString(), summary: { headline: "As written then" }, topPeople: [] });
    expect(served.current).toEqual(old.current);
    expect(served.daily).toEqual(stored.daily);
    // The next month compares with it as stored, and the PDF renders it without the missing section.
    expect((await buildMonthlyReport(admin, { clientId: client.id }, LATER)).previous).toEqual(old.current);
    const pdf = await getReportExport(admin, { clientId: client.id, month: "2026-10", file: "report.pdf" }, LATER);
    expect(pdfPageText(pdf.body as Uint8Array)).toContain("As written then");

    // Its conversations file is frozen at the first download, and stays as it was then.
    const download = async () => String((await getReportExport(admin, { clientId: client.id, month: "2026-10", file: "conversations.csv" }, LATER)).body);
    const first = await download();
    await db.conversation.updateMany({ where: { clientId: client.id }, data: { status: "DONE" } });
    expect(await download()).toBe(first);
    expect(first).toContain(",open,");
  });

  it("links the agency's top conversations to the inbox while they exist there, and the client's only to X", async () => {
    const tenant = await createTenant("inbox-links");
    const client = tenant.clients.a;
    await seedKnownMonth(tenant.agencyId, client.id);
    await closeDueMonths(CLOSE, { clientIds: [client.id] });
    const month = { clientId: client.id, month: "2026-10" };
    const forStaff = await buildMonthlyReport(await actorFor(tenant.users.staffA), month, LATER);
    const ids = forStaff.topConversations.map((c) => c.conversationId);
    expect(ids).toHaveLength(5);
    expect(forStaff.topConversations.map((c) => c.inboxPath)).toEqual(ids.map((id) => `/inbox/${id}`));
    expect(forStaff.topConversations.every((c) => c.url?.startsWith("https://x.com/"))).toBe(true);

    const forViewer = await buildMonthlyReport(await actorFor(tenant.users.viewerA), month, LATER);
    expect(forViewer.topConversations.map((c) => [c.conversationId, c.inboxPath])).toEqual(ids.map((id) => [id, undefined]));
    expect(forViewer.topConversations.map((c) => c.url)).toEqual(forStaff.topConversations.map((c) => c.url));

    // A conversation removed since the close keeps its X link but no longer leads into the inbox.
    await db.conversation.delete({ where: { id: ids[0] } });
    const after = await buildMonthlyReport(await actorFor(tenant.users.admin), month, LATER);
    expect(after.topConversations.map((c) => c.inboxPath)).toEqual([undefined, ...ids.slice(1).map((id) => `/inbox/${id}`)]);
  });

  it("freezes each client once when two workers race, and skips clients added after the month", async () => {
    const tenant = await createTenant("race");
    await db.client.update({ where: { id: tenant.clients.a.id }, data: { createdAt: new Date("2026-06-01T00:00:00Z"), timezone: "Asia/Tokyo" } });
    const clientIds = [tenant.clients.a.id, tenant.clients.b.id]; // b was created today, after October
    const runs = await Promise.all([closeDueMonths(CLOSE, { clientIds }), closeDueMonths(CLOSE, { clientIds }), closeDueMonths(CLOSE, { clientIds })]);
    expect(runs.flat()).toEqual([{ clientId: tenant.clients.a.id, month: "2026-10", notified: 1 }]);
    expect(await db.reportSnapshot.count({ where: { clientId: { in: clientIds } } })).toBe(1);
    expect(await db.notification.count({ where: { userId: tenant.users.viewerA.id } })).toBe(1);
    const empty = await buildMonthlyReport(await actorFor(tenant.users.viewerA), { clientId: tenant.clients.a.id, month: "2026-10" }, LATER);
    expect(empty).toMatchObject({ status: "final", summary: { headline: "No activity this month" } });
  });
});
