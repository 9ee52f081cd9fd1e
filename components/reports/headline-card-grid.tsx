import { ArrowDownRight, ArrowRight, ArrowUpRight } from "lucide-react";
import Link from "next/link";
import type { HeadlineCard } from "@/lib/reports/headline-cards";
import { cn } from "@/lib/utils/cn";

const TONE: Record<HeadlineCard["tone"], string> = {
  good: "border-t-success text-success",
  warn: "border-t-warning text-warning",
  bad: "border-t-danger text-danger",
  neutral: "border-t-border text-foreground",
};

/** The month at a glance; each number links to the conversations behind it when `hrefFor` gives one. */
export function HeadlineCardGrid({ cards, hrefFor }: { cards: HeadlineCard[]; hrefFor?: (card: HeadlineCard) => string | null }) {
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4 [&>*]:min-w-0" aria-label="Headline figures">
      {cards.map((card, index) => {
        const href = hrefFor?.(card) ?? null;
        const change = card.change;
        const ChangeIcon = change?.direction === "up" ? ArrowUpRight : change?.direction === "down" ? ArrowDownRight : ArrowRight;
        const value = <span className={cn("text-2xl font-semibold tabular-nums sm:text-3xl", TONE[card.tone].split(" ")[1])}>{card.value}</span>;
        return (
          <li key={card.key} className={cn("rounded-lg border border-t-4 bg-card p-4 shadow-xs", TONE[card.tone].split(" ")[0], index === 0 && "ring-1 ring-primary/20")} data-testid={`headline-${card.key}`}>
            <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{card.label}</p>
            <p className="mt-1">
              {href ? (
                <Link href={href} className="rounded-sm underline-offset-4 hover:underline" title={`See the conversations behind ${card.label.toLowerCase()}`}>
                  {value}
                </Link>
              ) : (
                value
              )}
            </p>
            <p className="mt-1 text-xs text-muted-foreground">{card.detail}</p>
            <p
              className={cn(
                "mt-2 inline-flex items-center gap-1 text-xs font-medium",
                change?.good === true ? "text-success" : change?.good === false ? "text-danger" : "text-muted-foreground",
              )}
            >
              {change ? (
                <>
                  <ChangeIcon className="size-3.5" aria-hidden />
                  <span>
                    {change.text} <span className="font-normal text-muted-foreground">vs last month</span>
                  </span>
                </>
              ) : (
                <span className="font-normal">No previous month to compare</span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
