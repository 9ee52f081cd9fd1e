"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/define-action";
import { createSavedReply, createSavedReplySchema } from "@/lib/saved-replies/create-saved-reply";
import { deleteSavedReply, deleteSavedReplySchema } from "@/lib/saved-replies/delete-saved-reply";
import { updateSavedReply, updateSavedReplySchema } from "@/lib/saved-replies/update-saved-reply";

const create = defineAction("create saved reply", createSavedReplySchema, createSavedReply);
const update = defineAction("update saved reply", updateSavedReplySchema, updateSavedReply);
const remove = defineAction("delete saved reply", deleteSavedReplySchema, deleteSavedReply);

export async function createSavedReplyAction(form: FormData) {
  const result = await create(form);
  if (result.ok) revalidatePath("/settings/saved-replies");
  return result;
}

export async function updateSavedReplyAction(form: FormData) {
  const result = await update(form);
  if (result.ok) revalidatePath("/settings/saved-replies");
  return result;
}

export async function deleteSavedReplyAction(form: FormData) {
  const result = await remove(form);
  if (result.ok) revalidatePath("/settings/saved-replies");
  return result;
}
