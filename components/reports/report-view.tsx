import type { ReactNode } from "react";
import { inboxHref } from "@/lib/reports/inbox-links";
import { headlineCards } from "@/lib/reports/headline-cards";
import type { MonthlyReport } from "@/lib/reports/report-types";
import { cn } from "@/lib/utils/cn";
import { AccountsTable } from "./accounts-table";
import { REPORT_THEME } from "./chart-theme";
import { HeadlineCardGrid } from "./headline-card-grid";
import { HowWeCount } from "./how-we-count";
import type { MonthOption } from "./month-picker";
import { ReportCharts } from "./report-charts";
import { type Downloads, ReportHeader } from "./report-header";
import { SummaryPanel } from "./summary-panel";
import { TopLists } from "./top-lists";
import { UsageCard } from "./usage-card";

export function reportDownloads(clientId: string, month: string): Downloads {
  const base = `/api/reports/${clientId}/${month}`;
  return { pdf: `${base}/report.pdf`, dailyCsv: `${base}/daily.csv`, conversationsCsv: `${base}/conversations.csv` };
}

/**
 * A client's monthly report, for the agency (numbers link to the conversations behind them in the
 * inbox) or for the client's own people (no inbox, no links).
 */
export function ReportView({
  report,
  months,
  eyebrow,
  linkToInbox,
  afterHeadline,
}: {
  report: MonthlyReport;
  months: MonthOption[];
  eyebrow: string;
  linkToInbox: boolean;
  /** Shown under the headline figures (the inbox shortcuts, for the agency). */
  afterHeadline?: ReactNode;
}) {
  const period = report.period;
  const clientId = report.client.id;
  return (
    <div className={cn("grid min-w-0 grid-cols-1 gap-6 [&>*]:min-w-0", REPORT_THEME)} data-testid="monthly-report">
      <div>
        <ReportHeader report={report} months={months} downloads={reportDownloads(clientId, report.month)} eyebrow={eyebrow} />
        <SummaryPanel summary={report.summary} />
      </div>
      <div className="grid grid-cols-1 gap-3 [&>*]:min-w-0">
        <HeadlineCardGrid cards={headlineCards(report)} hrefFor={linkToInbox ? (card) => (card.drill ? inboxHref(clientId, card.drill, period) : null) : undefined} />
        {afterHeadline}
      </div>
      <ReportCharts report={report} dayHref={linkToInbox ? (date) => inboxHref(clientId, { status: "all" }, { from: date, to: date }) : undefined} />
      <TopLists report={report} />
      {report.accounts.length > 1 && <AccountsTable accounts={report.accounts} />}
      {report.usage && <UsageCard usage={report.usage} />}
      <HowWeCount slaMinutes={report.client.slaMinutes} />
    </div>
  );
}
