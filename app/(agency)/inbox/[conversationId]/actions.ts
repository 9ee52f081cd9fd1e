"use server";

import { revalidatePath } from "next/cache";
import { repostPost, repostPostSchema } from "@/lib/conversations/repost-post";
import { defineAction } from "@/lib/http/define-action";
import { triageActions } from "@/lib/inbox/triage-actions";
import type { ActionResult } from "@/lib/http/action-result";
import { addNote, addNoteSchema } from "@/lib/notes/add-note";
import { saveDraft, saveDraftSchema } from "@/lib/replies/save-draft";
import { submitReply, submitReplySchema } from "@/lib/replies/submit-reply";
import { withdrawDraft, withdrawDraftSchema } from "@/lib/replies/withdraw-draft";

const save = defineAction("save draft", saveDraftSchema, saveDraft);
const submit = defineAction("send reply", submitReplySchema, (actor, input) => submitReply(actor, input));
const withdraw = defineAction("withdraw reply", withdrawDraftSchema, withdrawDraft);
const note = defineAction("add note", addNoteSchema, addNote);
const share = defineAction("repost", repostPostSchema, repostPost);

function refreshed<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/inbox/[conversationId]", "page");
  return result;
}

export async function saveDraftAction(input: unknown) {
  return save(input);
}

export async function submitReplyAction(input: unknown) {
  const result = await submit(input);
  if (result.ok && result.data.status !== "collision") revalidatePath("/inbox", "layout");
  return result;
}

export async function withdrawDraftAction(input: unknown) {
  return withdraw(input);
}

export async function addNoteAction(conversationId: string, form: FormData) {
  const result = await note({ conversationId, body: form.get("body") });
  if (result.ok) revalidatePath(`/inbox/${conversationId}`);
  return result;
}

export async function repostAction(postId: string) {
  return share({ postId });
}

export async function markDoneHereAction(input: unknown) {
  return refreshed(await triageActions.done(input));
}

export async function markPendingHereAction(input: unknown) {
  return refreshed(await triageActions.pending(input));
}

export async function reopenHereAction(input: unknown) {
  return refreshed(await triageActions.reopen(input));
}

export async function snoozeHereAction(input: unknown) {
  return refreshed(await triageActions.snooze(input));
}

export async function assignHereAction(input: unknown) {
  return refreshed(await triageActions.assign(input));
}

export async function tagHereAction(input: unknown) {
  return refreshed(await triageActions.tag(input));
}
