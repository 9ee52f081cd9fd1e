import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import type { MonthlyUsage } from "@/lib/usage/get-monthly-usage";
import { cn } from "@/lib/utils/cn";

const usd = (value: number) => value.toLocaleString("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2 });

/** This month's X API spend against the client's budget: every read is billed (FACTS: pay per use). */
export function UsageCard({ usage }: { usage: MonthlyUsage }) {
  const share = usage.budgetUsed == null ? null : Math.min(usage.budgetUsed, 1);
  return (
    <Card>
      <CardHeader>
        <CardTitle>X API usage · {usage.month}</CardTitle>
      </CardHeader>
      <CardBody className="grid gap-3 text-sm">
        <p className="text-2xl font-semibold tabular-nums" data-testid="usage-cost">
          {usd(usage.costUsd)}
          {usage.budgetUsd != null && <span className="text-sm font-normal text-muted-foreground"> of {usd(usage.budgetUsd)} budget</span>}
        </p>
        {share != null && (
          <div className="h-2 overflow-hidden rounded-full bg-muted" role="progressbar" aria-label="Budget used" aria-valuenow={Math.round(share * 100)} aria-valuemin={0} aria-valuemax={100}>
            <div className={cn("h-full rounded-full", usage.overBudget ? "bg-danger" : share > 0.8 ? "bg-warning" : "bg-primary")} style={{ width: `${share * 100}%` }} />
          </div>
        )}
        {usage.overBudget && (
          <p className="font-medium text-danger" data-testid="over-budget">
            Over budget: only mentions are still polled; metrics and follower counts pause until next month or a higher budget.
          </p>
        )}
        <p className="text-muted-foreground">
          {usage.calls.toLocaleString("en")} calls · {usage.billedItems.toLocaleString("en")} billed items
        </p>
      </CardBody>
    </Card>
  );
}
