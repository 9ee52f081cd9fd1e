import type { RowSla } from "@/lib/inbox/row-sla";
import { cn } from "@/lib/utils/cn";
import { businessLeft, exactTime } from "./format";

const TONE: Record<RowSla["status"], string> = {
  breached: "bg-danger-soft text-danger",
  due_soon: "bg-warning-soft text-warning",
  on_track: "text-muted-foreground",
  none: "text-muted-foreground/70",
};

/**
 * Time left to the first-response target, in the client's business hours (worked out by the server when the
 * row loaded). A row left on screen past its due time turns overdue without a reload, unless it was due at a
 * closing time, which is only breached once business time resumes.
 */
export function SlaBadge({ sla: loaded, now }: { sla: RowSla; now: Date }) {
  const lapsed = loaded.dueAt !== null && loaded.status !== "breached" && loaded.businessMillisLeft !== 0 && new Date(loaded.dueAt) <= now;
  const sla: RowSla = lapsed ? { ...loaded, status: "breached", businessMillisLeft: 0 } : loaded;
  const label =
    sla.status === "breached"
      ? "Overdue"
      : sla.status === "none"
        ? "Answered"
        : sla.businessMillisLeft === 0
          ? "Due at opening"
          : sla.businessMillisLeft !== null
            ? `${businessLeft(sla.businessMillisLeft)} left`
            : "Due";
  const title = sla.dueAt ? `First response due ${exactTime(sla.dueAt)} (business hours of the client)` : "Nothing is waiting for an answer";
  return (
    <span title={title} suppressHydrationWarning data-sla={sla.status} className={cn("inline-flex h-5 items-center whitespace-nowrap rounded px-1.5 text-[11px] font-medium tabular-nums", TONE[sla.status])}>
      {label}
    </span>
  );
}
