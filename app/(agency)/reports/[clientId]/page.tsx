import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { InboxShortcuts } from "@/components/reports/inbox-shortcuts";
import { ReportView } from "@/components/reports/report-view";
import { can } from "@/lib/auth/authorize";
import { requirePermission } from "@/lib/auth/session";
import { buildMonthlyReport } from "@/lib/reports/build-monthly-report";
import { listReportMonths } from "@/lib/reports/list-report-months";
import { pageOr404 } from "@/lib/reports/page-or-404";

export const metadata: Metadata = { title: "Client report" };

type PageProps = { params: Promise<{ clientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClientReportPage({ params, searchParams }: PageProps) {
  const { clientId } = await params;
  const query = await searchParams;
  const actor = await requirePermission("report.view", { clientId });
  const month = typeof query.month === "string" ? query.month : undefined;
  const [report, months] = await Promise.all([pageOr404(buildMonthlyReport(actor, { clientId, month })), pageOr404(listReportMonths(actor, clientId))]);
  const linkToInbox = can(actor, "inbox.view", { clientId });
  return (
    <>
      <Link href={`/reports?month=${report.month}`} className="mb-4 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> All clients
      </Link>
      <ReportView
        report={report}
        months={months.map((m) => ({ value: m.month, label: m.label, href: `/reports/${clientId}?month=${m.month}` }))}
        eyebrow={`${actor.agencyName} · monthly report`}
        linkToInbox={linkToInbox}
        afterHeadline={linkToInbox && <InboxShortcuts report={report} />}
      />
    </>
  );
}
