import { BarChart3, FileSpreadsheet, FileText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PendingApprovals } from "@/components/replies/pending-approvals";
import { ReportNotices } from "@/components/reports/report-notices";
import { reportDownloads, ReportView } from "@/components/reports/report-view";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { buildMonthlyReport } from "@/lib/reports/build-monthly-report";
import { listReportMonths, type ReportMonth } from "@/lib/reports/list-report-months";
import { listReportNotifications } from "@/lib/reports/list-report-notifications";
import { pageOr404 } from "@/lib/reports/page-or-404";
import { dismissReportNoticeAction } from "./actions";
import { portalMonthHref } from "./portal-links";

export const metadata: Metadata = { title: "Your reports" };

// A client viewer's home: this month's report as it happens, past months, and replies to approve.
export default async function PortalPage() {
  const actor = await requireActor();
  const clientId = actor.clients === "all" ? undefined : actor.clients[0];
  if (!clientId) {
    return (
      <EmptyState icon={BarChart3} title="No reports yet">
        Your agency has not linked your account to a client yet.
      </EmptyState>
    );
  }
  const [report, months, notices] = await Promise.all([
    pageOr404(buildMonthlyReport(actor, { clientId })),
    pageOr404(listReportMonths(actor, clientId)),
    listReportNotifications(actor),
  ]);
  const past = months.filter((m) => m.month !== report.month);
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6 [&>*]:min-w-0">
      <ReportNotices notices={notices} dismiss={dismissReportNoticeAction} />
      <ReportView
        report={report}
        months={months.map((m) => ({ value: m.month, label: m.label, href: portalMonthHref(m.month, report.month) }))}
        eyebrow={`Prepared by ${actor.agencyName}`}
        linkToInbox={false}
        afterHeadline={
          <div className="mt-3 grid grid-cols-1 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
            <PendingApprovals actor={actor} />
            <PastReports clientId={clientId} months={past} currentMonth={report.month} />
          </div>
        }
      />
    </div>
  );
}

function PastReports({ clientId, months, currentMonth }: { clientId: string; months: ReportMonth[]; currentMonth: string }) {
  return (
    <Card aria-labelledby="past-title" data-testid="past-reports">
      <CardHeader>
        <CardTitle id="past-title">Past reports</CardTitle>
        <p className="text-sm text-muted-foreground">Each month closes on the 1st and its report is frozen: the numbers you saw are the numbers you keep.</p>
      </CardHeader>
      <CardBody>
        {months.length === 0 ? (
          <EmptyState icon={BarChart3} title="Your first report closes on the 1st">
            This month&apos;s report above updates as activity arrives.
          </EmptyState>
        ) : (
          <ul className="divide-y">
            {months.map((m) => {
              const files = reportDownloads(clientId, m.month);
              return (
                <li key={m.month} className="flex flex-wrap items-center justify-between gap-2 py-2.5 text-sm">
                  <Link href={portalMonthHref(m.month, currentMonth)} className="font-medium hover:underline">
                    {m.label}
                  </Link>
                  <span className="flex items-center gap-3 text-xs">
                    <Badge tone={m.status === "final" ? "success" : "neutral"}>{m.status === "final" ? "Final" : "Not yet final"}</Badge>
                    <a href={files.pdf} download className="inline-flex items-center gap-1 text-primary hover:underline">
                      <FileText className="size-3.5" aria-hidden /> PDF
                    </a>
                    <a href={files.dailyCsv} download className="inline-flex items-center gap-1 text-primary hover:underline">
                      <FileSpreadsheet className="size-3.5" aria-hidden /> CSV
                    </a>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
