import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshDailyMetrics } from "@/lib/metrics/refresh-daily-metrics";
import { buildMonthlyReport } from "@/lib/reports/build-monthly-report";
import { closeDueMonths } from "@/lib/reports/close-due-months";
import { dismissReportNotification } from "@/lib/reports/dismiss-report-notification";
import { getReportExport } from "@/lib/reports/get-report-export";
import { listReportNotifications } from "@/lib/reports/list-report-notifications";
import { actorFor } from "../../factories/actor-for";
import { createTenant } from "../../factories/create-tenant";
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

    // Late data: an answer to m3 and a mention ingested days late, both in October.
    const base = { agencyId: tenant.agencyId, clientId: client.id, accountId: seeded.accountId, text: "late" };
    await db.post.createMany({
      data: [
        { ...base, xId: "2999999999999999901", xConversationId: seeded.ids.get("m3"), authorId: seeded.brandUser.id, kind: "OWN_REPLY", inbound: false, inReplyToXId: seeded.ids.get("m3"), inReplyToUserId: seeded.people.alice.id, postedAt: new Date("2026-11-02T10:00:00Z") },
        { ...base, xId: "2999999999999999902", xConversationId: "2999999999999999902", authorId: seeded.people.carol.id, kind: "MENTION", inbound: true, postedAt: new Date("2026-10-20T10:00:00Z") },
      ],
    });
    await refreshDailyMetrics({ accountIds: [seeded.accountId], from: new Date("2026-10-01T00:00:00Z"), to: new Date("2026-10-31T12:00:00Z"), now: LATER });
    const rollup = await db.dailyMetric.aggregate({ where: { clientId: client.id, day: { gte: new Date("2026-10-01"), lte: new Date("2026-10-31") } }, _sum: { neededAnswer: true, answered: true } });
    expect(rollup._sum).toEqual({ neededAnswer: 8, answered: 5 }); // the rollups moved on…

    const again = await buildMonthlyReport(viewer, { clientId: client.id, month: "2026-10" }, LATER);
    expect(again).toEqual(frozen); // …the frozen report did not
    const csv = await getReportExport(viewer, { clientId: client.id, month: "2026-10", file: "daily.csv" }, LATER);
    expect(String(csv.body).split("\r\n").find((l) => l.startsWith("2026-10-20"))).toMatch(/^2026-10-20,0,0,0,0,0,0,0,/);

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
