import { db } from "@/lib/db";
import { log } from "@/lib/log/logger";
import { recordXCalls, type UsageOwner } from "@/lib/usage/record-x-calls";
import type { XCallReport } from "@/lib/x";

/** Writes the X calls a user action made into the usage ledger. Best effort: a ledger hiccup never undoes a post. */
export async function recordUsage(owner: UsageOwner, reports: readonly XCallReport[]): Promise<void> {
  try {
    await recordXCalls((text, values) => db.$executeRawUnsafe(text, ...values), owner, reports);
  } catch (error) {
    log.error("recording X usage failed", { accountId: owner.accountId, error: error instanceof Error ? error.message : String(error) });
  }
}
