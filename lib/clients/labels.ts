import type { ApprovalRule } from "@/lib/db/generated/enums";

export const APPROVAL_LABELS: Record<ApprovalRule, string> = {
  NONE: "No approval",
  EVERY_REPLY: "Every reply",
  FLAGGED: "Flagged replies",
};

export function formatSla(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = minutes / 60;
  return Number.isInteger(hours) ? `${hours} h` : `${Math.floor(hours)} h ${minutes % 60} min`;
}
