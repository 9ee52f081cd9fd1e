import { Inbox } from "lucide-react";
import Link from "next/link";
import { deriveMetrics } from "@/lib/metrics/metric-totals";
import type { DrillDown } from "@/lib/reports/headline-cards";
import { formatCount } from "@/lib/reports/format";
import { inboxHref } from "@/lib/reports/inbox-links";
import type { MonthlyReport } from "@/lib/reports/report-types";

/** The conversations behind the month's numbers, one click away in the inbox (agency people only). */
export function InboxShortcuts({ report }: { report: MonthlyReport }) {
  const c = report.current;
  const links: { label: string; count: number; drill: DrillDown }[] = [
    { label: "Unanswered", count: deriveMetrics(c).unanswered, drill: { status: "open" } },
    { label: "SLA missed", count: c.slaBreached, drill: { status: "all", sla: "breached" } },
    { label: "Mentions", count: c.inboundMentions, drill: { status: "all", kind: "mention" } },
    { label: "Replies", count: c.inboundReplies, drill: { status: "all", kind: "reply" } },
    { label: "Quotes", count: c.inboundQuotes, drill: { status: "all", kind: "quote" } },
    { label: "Answered", count: c.answered, drill: { status: "done" } },
  ];
  return (
    <nav aria-label="Open in the inbox" className="flex flex-wrap items-center gap-2 rounded-lg border bg-card px-4 py-3 text-sm shadow-xs" data-testid="inbox-shortcuts">
      <span className="inline-flex items-center gap-1.5 font-medium">
        <Inbox className="size-4 text-muted-foreground" aria-hidden /> Open in the inbox:
      </span>
      {links.map((link) => (
        <Link key={link.label} href={inboxHref(report.client.id, link.drill, report.period)} className="rounded-full border px-3 py-1 hover:border-primary hover:text-primary">
          {link.label} <span className="tabular-nums text-muted-foreground">{formatCount(link.count)}</span>
        </Link>
      ))}
    </nav>
  );
}
