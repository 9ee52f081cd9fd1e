import { db } from "@/lib/db";
import { loadMonthFigures } from "./load-month-figures";
import { loadTopConversations, loadTopPeople, loadTopPosts, loadUsage } from "./load-top-lists";
import { addMonths, compareMonths, daysOf, formatMonth, localDate, type Month, monthAt, monthLabel, monthSpan } from "./month";
import { readFrozenFigures } from "./read-frozen-report";
import { type MonthlyReport, type PeriodFigures, REPORT_VERSION } from "./report-types";
import { writeSummary } from "./write-summary";

export type ReportClient = { id: string; agencyId: string; name: string; color: string; timezone: string; slaMinutes: number };

/** The report's client fields, for callers that load the client themselves. */
export const REPORT_CLIENT_SELECT = { id: true, agencyId: true, name: true, color: true, timezone: true, slaMinutes: true } as const;

/**
 * A client's report for a month, computed now from the rollups (plus a few top-N reads of raw
 * rows). No access check: callers are buildMonthlyReport (which authorises) and the worker's
 * month close. A month still running covers its days up to today.
 */
export async function computeMonthlyReport(input: { client: ReportClient; agencyName: string; month: Month; now: Date }): Promise<MonthlyReport> {
  const { client, month, now } = input;
  const today = localDate(now, client.timezone);
  const days = daysOf(month).filter((day) => day <= today);
  const previousMonth = addMonths(month, -1);
  const span = monthSpan(month, client.timezone);
  const scope = { clientId: client.id, from: span.from, to: span.to };
  const accounts = await db.xAccount.findMany({
    where: { agencyId: client.agencyId, clientId: client.id },
    select: { id: true, username: true },
    orderBy: { username: "asc" },
  });
  const monthDays = daysOf(month);
  const firstDay = monthDays[0] ?? today;
  const lastDay = monthDays[monthDays.length - 1] ?? today;
  const [figures, previous, topPosts, topConversations, topPeople, usage] = await Promise.all([
    loadMonthFigures({ agencyId: client.agencyId, clientId: client.id, days, accounts }),
    loadPreviousFigures(client, previousMonth, accounts),
    loadTopPosts(client.id, firstDay, lastDay),
    loadTopConversations(scope),
    loadTopPeople(scope),
    loadUsage(client.agencyId, client.id, firstDay, lastDay),
  ]);
  return {
    version: REPORT_VERSION,
    agencyName: input.agencyName,
    client: { id: client.id, name: client.name, color: client.color, timezone: client.timezone, slaMinutes: client.slaMinutes },
    month: formatMonth(month),
    monthLabel: monthLabel(month),
    period: { from: firstDay, to: lastDay },
    status: compareMonths(month, monthAt(now, client.timezone)) < 0 ? "ended" : "live",
    generatedAt: now.toISOString(),
    frozenAt: null,
    accounts: figures.accounts,
    current: figures.total,
    previous,
    daily: figures.daily,
    responseBuckets: figures.buckets,
    topPosts,
    topConversations,
    topPeople,
    usage,
    summary: writeSummary(figures.total, previous, client.slaMinutes),
  };
}

/** Last month as it was reported: its frozen figures (whatever version froze them) when it has closed, else computed now. */
async function loadPreviousFigures(client: ReportClient, month: Month, accounts: { id: string; username: string }[]): Promise<PeriodFigures | null> {
  const frozen = await readFrozenFigures({ agencyId: client.agencyId, clientId: client.id }, month);
  if (frozen) return frozen;
  const figures = await loadMonthFigures({ agencyId: client.agencyId, clientId: client.id, days: daysOf(month), accounts });
  return figures.daily.some((d) => d.followers !== null) || hasActivity(figures.total) ? figures.total : null;
}

function hasActivity(f: PeriodFigures): boolean {
  return f.inboundMentions + f.inboundReplies + f.inboundQuotes + f.ownOriginal + f.ownLink + f.ownReplies + f.ownReposts + f.ownQuotes > 0;
}
