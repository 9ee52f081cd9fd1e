import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ReactNode } from "react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { rateBand, socialBand } from "@/lib/metrics/definitions";
import type { AgencyOverview, OverviewRow, OverviewSort } from "@/lib/reports/build-agency-overview";
import { formatCount, formatDuration, formatPercent, formatSignedCount, formatUsd } from "@/lib/reports/format";
import { cn } from "@/lib/utils/cn";

type Column = { sort: OverviewSort; label: string; hint: string; numeric: boolean; cell: (row: OverviewRow) => ReactNode };

const BAND_TONE = { social: "success", mixed: "warning", broadcasting: "danger" } as const;

// The same bands as the report's headline cards.
const RATE_CLASS = { good: "text-success", fair: "text-warning", poor: "text-danger" } as const;

function Toned({ share }: { share: number | null }) {
  const band = rateBand(share);
  const tone = band ? RATE_CLASS[band] : "";
  return <span className={cn("font-medium", tone)}>{formatPercent(share)}</span>;
}

const COLUMNS: Column[] = [
  { sort: "client", label: "Client", hint: "", numeric: false, cell: () => null },
  {
    sort: "interactionRatio",
    label: "Interaction ratio",
    hint: "Replies, reposts and quotes among own posts",
    numeric: true,
    cell: (r) => {
      const band = socialBand(r.interactionRatio);
      return (
        <span className="inline-flex items-center justify-end gap-2">
          <span className="hidden h-1.5 w-14 overflow-hidden rounded-full bg-muted xl:block" aria-hidden>
            <span className="block h-full rounded-full bg-primary" style={{ width: `${Math.round((r.interactionRatio ?? 0) * 100)}%` }} />
          </span>
          {band ? <Badge tone={BAND_TONE[band]}>{formatPercent(r.interactionRatio)}</Badge> : "—"}
        </span>
      );
    },
  },
  { sort: "responseRate", label: "Response rate", hint: "Answered ÷ needed an answer", numeric: true, cell: (r) => <Toned share={r.responseRate} /> },
  { sort: "medianFirstResponse", label: "Median first response", hint: "Business hours", numeric: true, cell: (r) => formatDuration(r.medianFirstResponseSeconds) },
  { sort: "slaMet", label: "SLA met", hint: "Within the client's target", numeric: true, cell: (r) => <Toned share={r.slaMetRate} /> },
  { sort: "followerGrowth", label: "Follower growth", hint: "This month", numeric: true, cell: (r) => formatSignedCount(r.followerGrowth) },
  { sort: "inbound", label: "Inbound", hint: "Mentions, replies, quotes", numeric: true, cell: (r) => formatCount(r.inbound) },
  { sort: "apiCost", label: "X API cost", hint: "Estimated", numeric: true, cell: (r) => formatUsd(r.apiCostMicros) },
];

/** Every client side by side for a month; column headers sort (through the URL), rows open the report. */
export function OverviewTable({ overview }: { overview: AgencyOverview }) {
  const sortHref = (sort: OverviewSort) => {
    const dir = overview.sort === sort ? (overview.dir === "asc" ? "desc" : "asc") : sort === "client" ? "asc" : "desc";
    return `/reports?${new URLSearchParams({ month: overview.month, sort, dir })}`;
  };
  return (
    <div className="overflow-x-auto rounded-lg border bg-card shadow-xs">
      <table className="w-full text-sm" data-testid="overview-table">
        <caption className="sr-only">Clients in {overview.monthLabel}, sortable by each column</caption>
        <thead className="border-b bg-muted/50 text-xs text-muted-foreground">
          <tr>
            {COLUMNS.map((column) => {
              const active = overview.sort === column.sort;
              const Icon = active ? (overview.dir === "asc" ? ArrowUp : ArrowDown) : ArrowUpDown;
              return (
                <th
                  key={column.sort}
                  scope="col"
                  aria-sort={active ? (overview.dir === "asc" ? "ascending" : "descending") : "none"}
                  className={cn("px-2.5 py-2 align-bottom font-medium", column.numeric ? "text-right" : "text-left")}
                >
                  <Link href={sortHref(column.sort)} className={cn("inline-flex items-end gap-1 hover:text-foreground", column.numeric && "justify-end", active && "text-foreground")} title={column.hint || undefined}>
                    {column.label}
                    <Icon className="mb-0.5 size-3.5 shrink-0" aria-hidden />
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {overview.rows.map((row) => (
            <tr key={row.clientId} className="border-b last:border-0 hover:bg-muted/40" data-testid="overview-row">
              <th scope="row" className="min-w-44 px-2.5 py-2.5 text-left font-medium">
                <Link href={`/reports/${row.clientId}?month=${overview.month}`} className="inline-flex items-center gap-2 hover:underline">
                  <span aria-hidden className="size-2.5 shrink-0 rounded-full" style={{ background: row.color }} />
                  {row.name}
                </Link>
                {row.inbound === 0 && row.ownPosts === 0 && <span className="block pl-4.5 text-xs font-normal text-muted-foreground">no activity</span>}
              </th>
              {COLUMNS.slice(1).map((column) => (
                <td key={column.sort} className="px-2.5 py-2.5 text-right tabular-nums whitespace-nowrap">
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
