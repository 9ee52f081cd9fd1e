import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { resolveReportScope } from "./build-monthly-report";
import { addMonths, compareMonths, formatMonth, type Month, monthAt, monthLabel } from "./month";

export type ReportMonth = { month: string; label: string; status: "live" | "ended" | "final" };

const MAX_MONTHS = 24;

/**
 * The months a client has reports for, newest first: from the current month back to the month the
 * client was added or its first activity, whichever is earlier (at most two years).
 */
export async function listReportMonths(actor: Actor, clientId: string, now = new Date()): Promise<ReportMonth[]> {
  const { client, current } = await resolveReportScope(actor, { clientId }, now);
  const [first, snapshots] = await Promise.all([
    db.dailyMetric.findFirst({ where: { clientId: client.id }, orderBy: { day: "asc" }, select: { day: true } }),
    db.reportSnapshot.findMany({ where: { clientId: client.id }, select: { month: true } }),
  ]);
  const frozen = new Set(snapshots.map((s) => s.month.toISOString().slice(0, 7)));
  let earliest: Month = monthAt(client.createdAt, client.timezone);
  if (first) {
    const firstMonth = { year: first.day.getUTCFullYear(), month: first.day.getUTCMonth() + 1 };
    if (compareMonths(firstMonth, earliest) < 0) earliest = firstMonth;
  }
  const months: ReportMonth[] = [];
  for (let m = current; compareMonths(m, earliest) >= 0 && months.length < MAX_MONTHS; m = addMonths(m, -1)) {
    const value = formatMonth(m);
    months.push({ month: value, label: monthLabel(m), status: frozen.has(value) ? "final" : compareMonths(m, current) === 0 ? "live" : "ended" });
  }
  return months;
}
