import type { BusinessHours } from "@/lib/sla/business-hours";
import { businessMillisBetween } from "@/lib/sla/business-time";
import { DUE_SOON_FRACTION, type SlaStatus } from "@/lib/sla/sla-state";

export type RowSlaStatus = Exclude<SlaStatus, "met"> | "none";
export type RowSla = {
  status: RowSlaStatus;
  /** When the first-response target runs out (precomputed by the sync); null when nothing awaits an answer. */
  dueAt: string | null;
  /** Business time left before the target; 0 once due. Null when nothing awaits an answer. */
  businessMillisLeft: number | null;
};

// Past due, only whether any business time has elapsed since matters (breached vs. "due at the next opening");
// looking a fortnight ahead answers that without walking months of a long backlog day by day.
const BREACH_LOOKAHEAD_MS = 14 * 86_400_000;

/**
 * The SLA state of an inbox row, from its precomputed due time, with the same meaning as lib/sla's slaState:
 * budget used up in business time is "breached"; due at a closing time with business time not yet resumed is
 * "due_soon" with nothing left; 25% or less of the budget left is "due_soon". Computing from sla_due_at
 * keeps the work per row small: it only walks business time between now and the due time.
 */
export function rowSla(input: { dueAt: Date | null; now: Date; slaMinutes: number; hours: BusinessHours; timeZone: string }): RowSla {
  const { dueAt, now, slaMinutes, hours, timeZone } = input;
  if (!dueAt) return { status: "none", dueAt: null, businessMillisLeft: null };
  const due = dueAt.toISOString();
  if (dueAt.getTime() > now.getTime()) {
    const left = businessMillisBetween(now, dueAt, hours, timeZone);
    const budget = slaMinutes * 60_000;
    return { status: left <= budget * DUE_SOON_FRACTION ? "due_soon" : "on_track", dueAt: due, businessMillisLeft: left };
  }
  const until = new Date(Math.min(now.getTime(), dueAt.getTime() + BREACH_LOOKAHEAD_MS));
  const elapsed = businessMillisBetween(dueAt, until, hours, timeZone);
  return { status: elapsed > 0 ? "breached" : "due_soon", dueAt: due, businessMillisLeft: 0 };
}
