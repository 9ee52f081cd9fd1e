import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize, clientDataWhere } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { executeSend, type SendOptions, type SendOutcome } from "./execute-send";

export const sendReplySchema = z.object({ draftId: z.uuid("Reply not found") });

export type { SendOutcome, SendOptions };

/**
 * Sends a draft to X, exactly once however often it is called: for people who work the client's inbox.
 * Failures throw a SendReplyError (an AppError) whose message says what happened and whether to retry;
 * the draft keeps its text either way.
 */
export async function sendReply(actor: Actor, input: z.input<typeof sendReplySchema>, options: SendOptions = {}): Promise<SendOutcome> {
  authorize(actor, "conversation.act");
  const parsed = sendReplySchema.safeParse(input);
  if (!parsed.success) throw notFound("Reply not found");
  const { draftId } = parsed.data;
  const draft = await db.draft.findFirst({ where: { ...clientDataWhere(actor), id: draftId }, select: { clientId: true } });
  if (!draft) throw notFound("Reply not found");
  authorize(actor, "conversation.act", { clientId: draft.clientId });
  return executeSend(draftId, actor, options);
}
