import type { BusinessHours } from "@/lib/sla/business-hours";
import { createBusinessClock } from "./business-clock";

/** One inbound item that needed an answer: when it arrived and when the brand first answered it. */
export type ItemTiming = { receivedAt: number; answeredAt: number | null };

/** 1: answered within the SLA; -1: answered late, or unanswered past it; 0: unanswered and still inside it. */
export type SlaOutcome = 1 | -1 | 0;

export type ItemScore = { responseSeconds: number | null; sla: SlaOutcome };

export type ScoringRules = { hours: BusinessHours; timeZone: string; slaMinutes: number; now: number };

/**
 * First-response time in business seconds and the SLA outcome of each item, judged exactly as
 * lib/sla/slaState judges one: met when at most `slaMinutes` of business time passed, breached
 * when more did (answered or not), otherwise still pending.
 */
export function scoreItems(items: readonly ItemTiming[], rules: ScoringRules): ItemScore[] {
  if (items.length === 0) return [];
  const budget = Math.round(rules.slaMinutes * 60_000);
  let from = Number.POSITIVE_INFINITY;
  let to = rules.now;
  for (const item of items) {
    from = Math.min(from, item.receivedAt);
    if (item.answeredAt !== null) to = Math.max(to, item.answeredAt);
  }
  const clock = createBusinessClock(rules.hours, rules.timeZone, from, Math.max(from, to));
  return items.map(({ receivedAt, answeredAt }) => {
    if (answeredAt !== null) {
      const used = clock.between(receivedAt, answeredAt);
      return { responseSeconds: Math.round(used / 1000), sla: used <= budget ? 1 : -1 };
    }
    const used = clock.between(receivedAt, Math.max(receivedAt, rules.now));
    return { responseSeconds: null, sla: used > budget ? -1 : 0 };
  });
}
