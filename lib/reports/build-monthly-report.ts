import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can, clientDataWhere, clientWhere } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { computeMonthlyReport, REPORT_CLIENT_SELECT } from "./compute-monthly-report";
import { compareMonths, type Month, monthAt, parseMonth } from "./month";
import { readFrozenReport } from "./read-frozen-report";
import type { MonthlyReport } from "./report-types";

export const reportInputSchema = z.object({
  clientId: z.string(),
  /** "YYYY-MM"; the client's current month when omitted. */
  month: z.string().optional(),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

/**
 * A client's monthly report, for anyone who may view the client's reports (agency people for
 * their clients, a client viewer for their own). A closed month is read from its frozen snapshot,
 * whatever version of the report wrote it; the running month (or one not yet frozen) is computed
 * from the rollups. Anything the actor may not see — another client, a malformed id, a month not
 * yet begun — is "not found".
 */
export async function buildMonthlyReport(actor: Actor, input: ReportInput, now = new Date()): Promise<MonthlyReport> {
  const { client, month } = await resolveReportScope(actor, input, now);
  const report = (await readFrozenReport({ agencyId: client.agencyId, clientId: client.id }, month)) ?? (await computeMonthlyReport({ client, agencyName: actor.agencyName, month, now }));
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

/**
 * The report as this reader may see it. What X costs is the agency's business: people outside it
 * see the report without it. People who work the client's inbox also get each top conversation's
 * page in Rapport, when it still exists (a frozen month may name one since removed); client
 * viewers have no inbox, so they keep the links to X only.
 */
async function forAudience(actor: Actor, report: MonthlyReport): Promise<MonthlyReport> {
  const clientId = report.client.id;
  if (!can(actor, "client.view", { clientId })) return { ...report, usage: null };
  if (!can(actor, "inbox.view", { clientId }) || report.topConversations.length === 0) return report;
  const ids = report.topConversations.map((c) => c.conversationId).filter(isUuid);
  const open = await db.conversation.findMany({ where: { AND: [clientDataWhere(actor), { clientId, id: { in: ids } }] }, select: { id: true } });
  const inInbox = new Set(open.map((c) => c.id));
  return {
    ...report,
    topConversations: report.topConversations.map((c) => (inInbox.has(c.conversationId) ? { ...c, inboxPath: `/inbox/${c.conversationId}` } : c)),
  };
}
