"use server";

import { revalidatePath } from "next/cache";
import { repostPost, repostPostSchema } from "@/lib/conversations/repost-post";
import { defineAction } from "@/lib/http/define-action";
import { addNote, addNoteSchema } from "@/lib/notes/add-note";
import { saveDraft, saveDraftSchema } from "@/lib/replies/save-draft";
import { submitReply, submitReplySchema } from "@/lib/replies/submit-reply";
import { withdrawDraft, withdrawDraftSchema } from "@/lib/replies/withdraw-draft";

const save = defineAction("save draft", saveDraftSchema, saveDraft);
const submit = defineAction("send reply", submitReplySchema, (actor, input) => submitReply(actor, input));
const withdraw = defineAction("withdraw reply", withdrawDraftSchema, withdrawDraft);
const note = defineAction("add note", addNoteSchema, addNote);
const share = defineAction("repost", repostPostSchema, repostPost);

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
