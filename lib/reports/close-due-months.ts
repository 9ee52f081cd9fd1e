import { db } from "@/lib/db";
import { log } from "@/lib/log/logger";
import { refreshDailyMetrics } from "@/lib/metrics/refresh-daily-metrics";
import { computeMonthlyReport, REPORT_CLIENT_SELECT } from "./compute-monthly-report";
import { exportConversationsCsv } from "./export-conversations-csv";
import { addMonths, formatMonth, type Month, monthAt, monthDate, monthSpan } from "./month";
import { notifyReportReady } from "./notify-report-ready";
import type { MonthlyReport } from "./report-types";

export type ClosedMonth = { clientId: string; month: string; notified: number };

/**
 * Freezes last month's report for every client whose month has ended in its own time zone (the
 * 1st, local midnight), then tells the client's viewers. Run it often (hourly): it does nothing
 * for clients already frozen, and a frozen report never changes — the unique (client, month) row
 * is written once, so two workers racing freeze and notify once. Before freezing, the month's
 * rollups are recomputed so late-arriving answers and SLA outcomes are in. The month's
 * conversations CSV is frozen in the same row (get-conversations-csv.ts says why).
 * `clientIds` limits the run (tests); the worker passes nothing.
 */
export async function closeDueMonths(now = new Date(), options: { clientIds?: readonly string[] } = {}): Promise<ClosedMonth[]> {
  const clients = await db.client.findMany({
    where: { archivedAt: null, ...(options.clientIds ? { id: { in: [...options.clientIds] } } : {}) },
    select: { ...REPORT_CLIENT_SELECT, createdAt: true, agency: { select: { name: true } } },
  });
  const due = clients
    .map((client) => {
      const current = monthAt(now, client.timezone);
      return { client, month: addMonths(current, -1), monthEnd: monthSpan(current, client.timezone).from };
    })
    // A client added this month has no last month to report.
    .filter(({ client, monthEnd }) => client.createdAt < monthEnd);
  if (due.length === 0) return [];

  const months = [...new Set(due.map((d) => formatMonth(d.month)))].map((m) => monthDate({ year: Number(m.slice(0, 4)), month: Number(m.slice(5)) }));
  const frozen = await db.reportSnapshot.findMany({
    where: { clientId: { in: due.map((d) => d.client.id) }, month: { in: months } },
    select: { clientId: true, month: true },
  });
  const done = new Set(frozen.map((f) => `${f.clientId}/${f.month.toISOString().slice(0, 7)}`));

  const closed: ClosedMonth[] = [];
  for (const { client, month } of due) {
    if (done.has(`${client.id}/${formatMonth(month)}`)) continue;
    try {
      const result = await freezeMonth(client, client.agency.name, month, now);
      if (result) closed.push(result);
    } catch (error) {
      // One client's failure must not keep every other client's month open; the next run retries it.
      log.error("month close failed", { clientId: client.id, month: formatMonth(month), error: error instanceof Error ? error.message : String(error) });
    }
  }
  return closed;
}

async function freezeMonth(client: Parameters<typeof computeMonthlyReport>[0]["client"], agencyName: string, month: Month, now: Date): Promise<ClosedMonth | null> {
  const span = monthSpan(month, client.timezone);
  const accounts = await db.xAccount.findMany({ where: { clientId: client.id }, select: { id: true } });
  if (accounts.length > 0) {
    await refreshDailyMetrics({ accountIds: accounts.map((a) => a.id), from: span.from, to: new Date(span.to.getTime() - 1), now });
  }
  const [report, conversationsCsv] = await Promise.all([computeMonthlyReport({ client, agencyName, month, now }), exportConversationsCsv(client.id, month, now)]);
  const frozen: MonthlyReport = { ...report, status: "final", frozenAt: now.toISOString() };
  const { count } = await db.reportSnapshot.createMany({
    data: [{ agencyId: client.agencyId, clientId: client.id, month: monthDate(month), data: frozen, conversationsCsv, frozenAt: now }],
    skipDuplicates: true,
  });
  if (count === 0) return null;
  const notified = await notifyReportReady({ agencyId: client.agencyId, clientId: client.id, clientName: client.name, month, agencyName });
  log.info("month closed", { clientId: client.id, month: formatMonth(month), notified });
  return { clientId: client.id, month: formatMonth(month), notified };
}
