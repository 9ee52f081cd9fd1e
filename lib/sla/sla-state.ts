import type { BusinessHours } from "./business-hours";
import { addBusinessMillis, businessMillisBetween } from "./business-time";

export type SlaStatus = "met" | "breached" | "due_soon" | "on_track";

/** An unanswered mention is "due_soon" once this share of its SLA budget or less is left. */
export const DUE_SOON_FRACTION = 0.25;

export type SlaInput = {
  receivedAt: Date;
  firstResponseAt?: Date | null;
  now: Date;
  slaMinutes: number;
  hours: BusinessHours;
  timeZone: string;
};

export type SlaState = {
  /** When the business-time budget runs out (a closing time if it runs out exactly at close). */
  dueAt: Date;
  status: SlaStatus;
  /**
   * Budget minus business time used: up to `now` while unanswered, up to the first response once answered.
   * Negative when breached, by how much business time; sort ascending for most urgent first.
   */
  businessMillisLeft: number;
  /** Business time from receipt to the first response; null while unanswered. */
  businessMillisToFirstResponse: number | null;
};

/**
 * The first-response SLA of one mention, all judged in business time so the inbox and the reports agree:
 * - "met": answered after at most `slaMinutes` of business time;
 * - "breached": answered after more, or unanswered with more already used;
 * - "due_soon": unanswered with 0..25% of the budget left (0 left is not yet a breach: replying now meets it);
 * - "on_track": unanswered with more than 25% left.
 * So when the budget runs out exactly at closing time, a reply before the next opening still meets the SLA,
 * and an unanswered mention stays "due_soon" (0 left) until business time resumes, though `now` > `dueAt`.
 * Throws RangeError unless slaMinutes > 0, and whatever addBusinessMillis throws.
 */
export function slaState(input: SlaInput): SlaState {
  const { receivedAt, firstResponseAt, now, slaMinutes, hours, timeZone } = input;
  if (!Number.isFinite(slaMinutes) || slaMinutes <= 0) {
    throw new RangeError(`slaMinutes must be a positive number, got ${slaMinutes}`);
  }
  const budget = Math.round(slaMinutes * 60_000);
  const dueAt = addBusinessMillis(receivedAt, budget, hours, timeZone);

  if (firstResponseAt) {
    const used = businessMillisBetween(receivedAt, firstResponseAt, hours, timeZone);
    return {
      dueAt,
      status: used <= budget ? "met" : "breached",
      businessMillisLeft: budget - used,
      businessMillisToFirstResponse: used,
    };
  }

  const left = budget - businessMillisBetween(receivedAt, now, hours, timeZone);
  const status = left < 0 ? "breached" : left <= budget * DUE_SOON_FRACTION ? "due_soon" : "on_track";
  return { dueAt, status, businessMillisLeft: left, businessMillisToFirstResponse: null };
}
