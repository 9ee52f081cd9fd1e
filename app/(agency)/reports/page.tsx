import { BarChart3, ChevronLeft, ChevronRight } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { OverviewTable } from "@/components/reports/overview-table";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { buildAgencyOverview } from "@/lib/reports/build-agency-overview";
import { formatCount, formatPercent, formatUsd } from "@/lib/reports/format";
import { pageOr404 } from "@/lib/reports/page-or-404";

export const metadata: Metadata = { title: "Reports" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function ReportsPage({ searchParams }: PageProps) {
  const actor = await requirePermission("report.view");
  const query = await searchParams;
  const overview = await pageOr404(buildAgencyOverview(actor, { month: one(query.month), sort: one(query.sort), dir: one(query.dir) }));
  const monthHref = (month: string) => `/reports?${new URLSearchParams({ month, sort: overview.sort, dir: overview.dir })}`;
  const inbound = overview.rows.reduce((s, r) => s + r.inbound, 0);
  const needed = overview.rows.reduce((s, r) => s + r.neededAnswer, 0);
  const unanswered = overview.rows.reduce((s, r) => s + r.unanswered, 0);
  const cost = overview.rows.reduce((s, r) => s + r.apiCostMicros, 0);
  const nav = buttonVariants({ variant: "secondary", size: "icon" });
  return (
    <>
      <PageHeader
        title={`Reports · ${overview.monthLabel}`}
        description="Is each client's account social? Every client side by side; open a row for its full report."
        actions={
          <nav aria-label="Months" className="flex items-center gap-1">
            <Link href={monthHref(overview.previousMonth)} className={nav} aria-label="Previous month">
              <ChevronLeft aria-hidden />
            </Link>
            {overview.nextMonth ? (
              <Link href={monthHref(overview.nextMonth)} className={nav} aria-label="Next month">
                <ChevronRight aria-hidden />
              </Link>
            ) : (
              <span className={`${nav} pointer-events-none opacity-40`} aria-hidden>
                <ChevronRight />
              </span>
            )}
          </nav>
        }
      />
      {overview.rows.length === 0 ? (
        <EmptyState icon={BarChart3} title="No clients to report on">
          Reports appear here for each client you work on.
        </EmptyState>
      ) : (
        <div className="grid gap-4">
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {[
              ["Clients", formatCount(overview.rows.length)],
              ["Inbound", formatCount(inbound)],
              ["Response rate", `${formatPercent(needed ? (needed - unanswered) / needed : null)} · ${formatCount(unanswered)} unanswered`],
              ["X API cost", formatUsd(cost)],
            ].map(([label, value]) => (
              <div key={label} className="rounded-lg border bg-card px-4 py-3 shadow-xs">
                <dt className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{label}</dt>
                <dd className="mt-1 text-lg font-semibold tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <OverviewTable overview={overview} />
          <p className="text-xs text-muted-foreground">Each client&apos;s month runs on its own local days. The current month is live; a closed month shows each client&apos;s frozen report.</p>
        </div>
      )}
    </>
  );
}
