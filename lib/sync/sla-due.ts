import { addBusinessMillis } from "@/lib/sla/business-time";
import type { SyncAccount } from "./sync-account-context";

/**
 * When an item waiting since `awaitingSince` breaches the client's SLA: slaMinutes of business time in the
 * client's hours and time zone. Hours that cannot be used (never open, bad zone) fall back to wall-clock
 * minutes, so ingest never stops over a settings problem.
 */
export function slaDueAt(awaitingSince: Date, client: SyncAccount["client"]): Date {
  const ms = client.slaMinutes * 60_000;
  if (client.businessHours) {
    try {
      return addBusinessMillis(awaitingSince, ms, client.businessHours, client.timezone);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return new Date(awaitingSince.getTime() + ms);
}
