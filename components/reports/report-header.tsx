import { ChevronLeft, ChevronRight, FileSpreadsheet, FileText } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { formatDateTime } from "@/lib/reports/format";
import type { MonthlyReport } from "@/lib/reports/report-types";
import { cn } from "@/lib/utils/cn";
import { MonthPicker, type MonthOption } from "./month-picker";

export type Downloads = { pdf: string; dailyCsv: string; conversationsCsv: string };

function StatusBadge({ report }: { report: MonthlyReport }) {
  if (report.status === "final") {
    return <Badge tone="success">Final · frozen {report.frozenAt ? formatDateTime(report.frozenAt, report.client.timezone) : ""}</Badge>;
  }
  if (report.status === "ended") return <Badge tone="warning">Month ended · final report pending</Badge>;
  return (
    <Badge tone="primary">
      <span className="size-1.5 animate-pulse rounded-full bg-current" aria-hidden /> Live · updates as activity arrives
    </Badge>
  );
}

/** Client and month, whether the numbers are final, the month picker and the downloads. */
export function ReportHeader({ report, months, downloads, eyebrow }: { report: MonthlyReport; months: MonthOption[]; downloads: Downloads; eyebrow: string }) {
  const index = months.findIndex((m) => m.value === report.month);
  const newer = index > 0 ? months[index - 1] : undefined;
  const older = index >= 0 ? months[index + 1] : undefined;
  const nav = buttonVariants({ variant: "secondary", size: "icon" });
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <p className="flex items-center gap-2 text-xs font-medium uppercase tracking-wide text-muted-foreground">
          <span aria-hidden className="size-2.5 rounded-full" style={{ background: report.client.color }} />
          {eyebrow}
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{report.client.name}</h1>
        <div className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          <span className="text-base font-medium text-foreground" data-testid="report-month">
            {report.monthLabel}
          </span>
          <StatusBadge report={report} />
          <span>
            {report.client.timezone} · {report.accounts.length ? report.accounts.map((a) => `@${a.username}`).join(", ") : "no X account with activity"}
          </span>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <nav aria-label="Months" className="flex items-center gap-1">
          {older ? (
            <Link href={older.href} className={nav} aria-label={`Previous month: ${older.label}`}>
              <ChevronLeft aria-hidden />
            </Link>
          ) : (
            <span className={cn(nav, "pointer-events-none opacity-40")} aria-hidden>
              <ChevronLeft />
            </span>
          )}
          <MonthPicker options={months} value={report.month} />
          {newer ? (
            <Link href={newer.href} className={nav} aria-label={`Next month: ${newer.label}`}>
              <ChevronRight aria-hidden />
            </Link>
          ) : (
            <span className={cn(nav, "pointer-events-none opacity-40")} aria-hidden>
              <ChevronRight />
            </span>
          )}
        </nav>
        <a href={downloads.pdf} download className={buttonVariants({ variant: "primary" })} data-testid="download-pdf">
          <FileText aria-hidden /> PDF
        </a>
        <a href={downloads.dailyCsv} download className={buttonVariants({ variant: "secondary" })} data-testid="download-daily-csv">
          <FileSpreadsheet aria-hidden /> Daily CSV
        </a>
        <a href={downloads.conversationsCsv} download className={buttonVariants({ variant: "secondary" })} data-testid="download-conversations-csv">
          <FileSpreadsheet aria-hidden /> Conversations CSV
        </a>
      </div>
    </header>
  );
}
