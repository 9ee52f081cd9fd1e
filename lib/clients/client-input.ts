import { z } from "zod";
import { ApprovalRule } from "@/lib/db/generated/enums";
import { type BusinessHours, businessHoursSchema, timeZoneSchema, WEEKDAYS } from "@/lib/sla/business-hours";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * The form sends one opening interval per weekday as flat fields (`mon_open`, `mon_start`,
 * `mon_end`, …); this turns them into the stored BusinessHours shape.
 */
function hoursFromForm(raw: Record<string, unknown>): unknown {
  if (raw.businessHours && typeof raw.businessHours === "object") return raw.businessHours;
  const hours: Record<string, { start: string; end: string }[]> = {};
  for (const day of WEEKDAYS) {
    const open = raw[`${day}_open`] === "on" || raw[`${day}_open`] === true;
    const start = String(raw[`${day}_start`] ?? "");
    const end = String(raw[`${day}_end`] ?? "");
    hours[day] = open ? [{ start, end }] : [];
  }
  return hours;
}

const moneyToCents = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v) : v),
  z.number({ message: "Enter an amount in dollars" }).min(0, "The budget cannot be negative").max(1_000_000, "That budget looks too large").nullable(),
);

export const clientInputSchema = z.preprocess(
  (raw) => (raw && typeof raw === "object" ? { ...raw, businessHours: hoursFromForm(raw as Record<string, unknown>) } : raw),
  z.object({
    name: z.string().trim().min(1, "Enter the client's name").max(100, "Keep the name under 100 characters"),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Pick a colour").default("#6366f1"),
    timezone: timeZoneSchema,
    businessHours: businessHoursSchema,
    slaMinutes: z.coerce.number({ message: "Enter minutes" }).int("Whole minutes only").min(5, "At least 5 minutes").max(7 * 24 * 60, "At most a week"),
    brandVoice: z.string().trim().max(4000, "Keep the guidelines under 4,000 characters").default(""),
    approvalRule: z.enum(ApprovalRule, { message: "Choose when replies need approval" }),
    monthlyBudgetDollars: moneyToCents,
  }),
);

export type ClientInput = z.output<typeof clientInputSchema>;

export function toClientData(input: ClientInput) {
  const { monthlyBudgetDollars, ...rest } = input;
  return { ...rest, businessHours: input.businessHours as BusinessHours, monthlyBudgetCents: monthlyBudgetDollars == null ? null : Math.round(monthlyBudgetDollars * 100) };
}

export { TIME as CLOCK_TIME_PATTERN };
