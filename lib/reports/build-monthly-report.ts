import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can, clientWhere } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { computeMonthlyReport, REPORT_CLIENT_SELECT } from "./compute-monthly-report";
import { compareMonths, type Month, monthAt, monthDate, parseMonth } from "./month";
import { type MonthlyReport, REPORT_VERSION } from "./report-types";

export const reportInputSchema = z.object({
  clientId: z.string(),
  /** "YYYY-MM"; the client's current month when omitted. */
  month: z.string().optional(),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

/**
 * A client's monthly report, for anyone who may view the client's reports (agency people for
 * their clients, a client viewer for their own). A closed month is read from its frozen snapshot;
 * the running month (or one not yet frozen) is computed from the rollups. Anything the actor may
 * not see — another client, a malformed id, a month not yet begun — is "not found".
 */
export async function buildMonthlyReport(actor: Actor, input: ReportInput, now = new Date()): Promise<MonthlyReport> {
  const { client, month } = await resolveReportScope(actor, input, now);
  const snapshot = await db.reportSnapshot.findUnique({
    where: { clientId_month: { clientId: client.id, month: monthDate(month) } },
    select: { data: true, frozenAt: true },
  });
  const frozen = snapshot?.data as MonthlyReport | undefined;
  const report =
    frozen?.version === REPORT_VERSION
      ? { ...frozen, status: "final" as const, frozenAt: snapshot?.frozenAt.toISOString() ?? frozen.frozenAt }
      : await computeMonthlyReport({ client, agencyName: actor.agencyName, month, now });
  return forAudience(actor, report);
}

/** The client (scoped to the actor) and the month a report request names; "not found" otherwise. */
export async function resolveReportScope(actor: Actor, input: ReportInput, now = new Date()) {
  if (!isUuid(input.clientId)) throw notFound();
  authorize(actor, "report.view", { clientId: input.clientId });
  const client = await db.client.findFirst({ where: { ...clientWhere(actor), id: input.clientId }, select: { ...REPORT_CLIENT_SELECT, createdAt: true } });
  if (!client) throw notFound();
  const current = monthAt(now, client.timezone);
  const month: Month | null = input.month === undefined ? current : parseMonth(input.month);
  if (!month || compareMonths(month, current) > 0) throw notFound();
  return { client, month, current };
}

/** What X costs is the agency's business: people outside it see the report without it. */
function forAudience(actor: Actor, report: MonthlyReport): MonthlyReport {
  return can(actor, "client.view", { clientId: report.client.id }) ? report : { ...report, usage: null };
}
