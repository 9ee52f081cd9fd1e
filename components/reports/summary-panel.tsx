import { CircleAlert, CircleCheck, Info, MessagesSquare, Megaphone, Moon } from "lucide-react";
import type { ReportSummary } from "@/lib/reports/report-types";
import { cn } from "@/lib/utils/cn";

const BAND = {
  social: { icon: MessagesSquare, className: "bg-success-soft text-success" },
  mixed: { icon: MessagesSquare, className: "bg-warning-soft text-warning" },
  broadcasting: { icon: Megaphone, className: "bg-danger-soft text-danger" },
  quiet: { icon: Moon, className: "bg-muted text-muted-foreground" },
} as const;

const POINT = {
  warn: { icon: CircleAlert, className: "text-warning" },
  good: { icon: CircleCheck, className: "text-success" },
  info: { icon: Info, className: "text-muted-foreground" },
} as const;

/** The verdict — was the account social? — and what to do next, in plain words. */
export function SummaryPanel({ summary }: { summary: ReportSummary }) {
  const band = BAND[summary.band];
  const Icon = band.icon;
  return (
    <section aria-labelledby="summary-title" className="rounded-lg border bg-card p-5 shadow-xs" data-testid="report-summary">
      <div className="flex items-start gap-3">
        <span className={cn("rounded-full p-2", band.className)}>
          <Icon className="size-5" aria-hidden />
        </span>
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">This month in a sentence</p>
          <h2 id="summary-title" className="text-lg font-semibold">
            {summary.headline}
          </h2>
        </div>
      </div>
      {summary.points.length > 0 && (
        <ul className="mt-4 grid gap-2 text-sm">
          {summary.points.map((point, i) => {
            const PointIcon = POINT[point.tone].icon;
            return (
              <li key={i} className="flex gap-2">
                <PointIcon className={cn("mt-0.5 size-4 shrink-0", POINT[point.tone].className)} aria-hidden />
                <span>{point.text}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
