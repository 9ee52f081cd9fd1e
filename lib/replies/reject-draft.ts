import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { decideDraft } from "./decide-draft";

export const rejectDraftSchema = z.object({
  draftId: z.string(),
  comment: z.string().trim().min(1, "Say what should change, so the author can fix it").max(1000),
});

/** Rejects a reply awaiting approval, with a comment for its author. The draft keeps its text for a rework. */
export async function rejectDraft(actor: Actor, input: z.input<typeof rejectDraftSchema>): Promise<void> {
  const data = rejectDraftSchema.parse(input);
  await db.$transaction((tx) => decideDraft(tx, actor, { draftId: data.draftId, decision: "REJECTED", comment: data.comment }));
}
