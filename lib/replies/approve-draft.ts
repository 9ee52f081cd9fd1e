import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { decideDraft } from "./decide-draft";
import { executeSend, type SendOptions, type SendOutcome } from "./execute-send";

export const approveDraftSchema = z.object({
  draftId: z.string(),
  comment: z.string().trim().max(1000).default(""),
});

/** The approval stands even if X then refuses the reply: the send's failure is reported, not thrown. */
export type ApproveOutcome = { sent: SendOutcome | null; sendError: string | null };

/**
 * Approves a reply awaiting approval and sends it straight away (exactly once). The author is notified
 * and sees the outcome live; if X refuses, the draft shows why and keeps its text.
 */
export async function approveDraft(actor: Actor, input: z.input<typeof approveDraftSchema>, options: SendOptions = {}): Promise<ApproveOutcome> {
  const data = approveDraftSchema.parse(input);
  const draft = await db.$transaction((tx) => decideDraft(tx, actor, { draftId: data.draftId, decision: "APPROVED", comment: data.comment }));
  try {
    return { sent: await executeSend(draft.id, actor, options), sendError: null };
  } catch (error) {
    if (isAppError(error)) return { sent: null, sendError: error.message };
    throw error;
  }
}
