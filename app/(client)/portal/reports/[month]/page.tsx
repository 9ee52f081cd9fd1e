import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportView } from "@/components/reports/report-view";
import { requireActor } from "@/lib/auth/session";
import { buildMonthlyReport } from "@/lib/reports/build-monthly-report";
import { listReportMonths } from "@/lib/reports/list-report-months";
import { pageOr404 } from "@/lib/reports/page-or-404";
import { portalMonthHref } from "../../portal-links";

export const metadata: Metadata = { title: "Monthly report" };

type PageProps = { params: Promise<{ month: string }> };

// A past month of the viewer's own client. There is no client id in the address: the viewer's
// client is the only one they can ever see.
export default async function PortalMonthPage({ params }: PageProps) {
  const { month } = await params;
  const actor = await requireActor();
  const clientId = actor.clients === "all" ? undefined : actor.clients[0];
  if (!clientId) notFound();
  const [report, months] = await Promise.all([pageOr404(buildMonthlyReport(actor, { clientId, month })), pageOr404(listReportMonths(actor, clientId))]);
  const current = months[0]?.month ?? report.month;
  return (
    <>
      <Link href="/portal" className="mb-4 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> This month
      </Link>
      <ReportView report={report} months={months.map((m) => ({ value: m.month, label: m.label, href: portalMonthHref(m.month, current) }))} eyebrow={`Prepared by ${actor.agencyName}`} linkToInbox={false} />
    </>
  );
}
