import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { buildMonthlyReport, resolveReportScope } from "./build-monthly-report";
import { slugify } from "./csv";
import { exportDailyCsv } from "./export-daily-csv";
import { getConversationsCsv } from "./get-conversations-csv";
import { formatMonth } from "./month";
import { renderReportPdf } from "./pdf/render-report-pdf";

export const EXPORT_FILES = ["report.pdf", "daily.csv", "conversations.csv"] as const;

export const exportInputSchema = z.object({ clientId: z.string(), month: z.string(), file: z.string() });

export type ReportExport = { body: Uint8Array<ArrayBuffer> | string; contentType: string; filename: string };

/**
 * A report download: the PDF, the daily CSV or the conversations CSV of a client's month, for
 * anyone who may view that client's reports; everything else is "not found". A closed month's
 * files come from its snapshot, so they never change either.
 */
export async function getReportExport(actor: Actor, input: z.infer<typeof exportInputSchema>, now = new Date()): Promise<ReportExport> {
  const file = EXPORT_FILES.find((f) => f === input.file);
  if (!file) throw notFound();
  const { client, month } = await resolveReportScope(actor, { clientId: input.clientId, month: input.month }, now);
  const stem = `${slugify(client.name)}-${formatMonth(month)}`;
  switch (file) {
    case "report.pdf": {
      const report = await buildMonthlyReport(actor, { clientId: client.id, month: formatMonth(month) }, now);
      return { body: new Uint8Array(await renderReportPdf(report)), contentType: "application/pdf", filename: `${stem}-report.pdf` };
    }
    case "daily.csv": {
      const report = await buildMonthlyReport(actor, { clientId: client.id, month: formatMonth(month) }, now);
      return { body: exportDailyCsv(report), contentType: "text/csv; charset=utf-8", filename: `${stem}-daily.csv` };
    }
    case "conversations.csv":
      return { body: await getConversationsCsv({ agencyId: client.agencyId, clientId: client.id }, month, now), contentType: "text/csv; charset=utf-8", filename: `${stem}-conversations.csv` };
  }
}
