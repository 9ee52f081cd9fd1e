"use server";

import { z } from "zod";
import { defineAction } from "@/lib/http/define-action";
import { approveDraft } from "@/lib/replies/approve-draft";
import { rejectDraft } from "@/lib/replies/reject-draft";

const decisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), draftId: z.string(), comment: z.string().trim().max(1000).default("") }),
  z.object({ decision: z.literal("reject"), draftId: z.string(), comment: z.string().trim().min(1, "Say what should change, so the author can fix it").max(1000) }),
]);

const decide = defineAction("decide approval", decisionSchema, async (actor, input) => {
  if (input.decision === "reject") {
    await rejectDraft(actor, input);
    return { message: "Rejected. The author sees your comment." };
  }
  const outcome = await approveDraft(actor, input);
  if (outcome.sendError) return { message: `Approved, but the reply could not be sent: ${outcome.sendError}` };
  return { message: "Approved and sent to X." };
});

/**
 * Approve or reject from the approvals list (agency /approvals, a conversation page, or the client portal).
 * Nothing is revalidated: the decided item shows its outcome in place (a refresh would drop it before the
 * approver read it), and the author's page learns of the decision through its live poll.
 */
export async function decideApprovalAction(form: FormData) {
  return decide(form);
}
