import Link from "next/link";
import { type InboxFilters, type InboxStatus, inboxHref } from "@/lib/inbox/inbox-filters";
import { cn } from "@/lib/utils/cn";
import { countLabel } from "./format";
import type { InboxCounts } from "./types";

const TABS: { status: InboxStatus; label: string }[] = [
  { status: "open", label: "Open" },
  { status: "pending", label: "Pending" },
  { status: "snoozed", label: "Snoozed" },
  { status: "done", label: "Done" },
  { status: "all", label: "All" },
];

/** The status views, each keeping the other filters; counts follow those filters. */
export function StatusTabs({ filters, counts, onNavigate }: { filters: InboxFilters; counts: InboxCounts; onNavigate: (href: string) => void }) {
  return (
    <nav aria-label="Status" className="-mb-px flex min-w-0 gap-1 overflow-x-auto">
      {TABS.map((tab) => {
        const active = filters.status === tab.status;
        const href = inboxHref({ ...filters, status: tab.status });
        const count = tab.status === "all" ? null : counts[tab.status];
        return (
          <Link
            key={tab.status}
            href={href}
            aria-current={active ? "page" : undefined}
            data-testid={`status-tab-${tab.status}`}
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              onNavigate(href);
            }}
            className={cn(
              "flex items-center gap-1.5 whitespace-nowrap border-b-2 border-transparent px-2.5 pb-2 pt-1 text-sm font-medium text-muted-foreground hover:text-foreground",
              active && "border-primary text-foreground",
            )}
          >
            {tab.label}
            {count !== null && (
              <span data-testid={`count-${tab.status}`} className={cn("rounded-full px-1.5 text-[11px] tabular-nums", active ? "bg-accent text-accent-foreground" : "bg-muted")}>
                {countLabel(count)}
              </span>
            )}
          </Link>
        );
      })}
    </nav>
  );
}
