import { db } from "@/lib/db";
import type { SendContext } from "./claim-send";
import type { SendFailure } from "./send-failure";

/**
 * Ends an attempt that did not post (as far as we know). A definite failure frees the ledger for a plain
 * retry (FAILED); an uncertain one (UNKNOWN) forces the next attempt to read X first. Either way the draft
 * keeps its text and shows why.
 */
export async function recordSendFailure(context: SendContext, failure: SendFailure, detail: string, options: { stillUnknown?: boolean } = {}): Promise<void> {
  // `stillUnknown`: an earlier attempt's outcome was never settled, so whatever stopped this one, the
  // ledger must keep saying "read X first".
  const state = failure.definite && !options.stillUnknown ? "FAILED" : "UNKNOWN";
  await db.$transaction([
    db.sentReply.update({ where: { id: context.ledgerId }, data: { state, lastError: detail.slice(0, 1000) } }),
    db.draft.update({
      where: { id: context.draftId },
      data: { status: "FAILED", failureCode: failure.code, failureMessage: failure.message },
    }),
  ]);
}
