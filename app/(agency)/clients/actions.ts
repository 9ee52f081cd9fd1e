"use server";

import { revalidatePath } from "next/cache";
import { createClient, createClientSchema } from "@/lib/clients/create-client";
import { updateClient, updateClientSchema } from "@/lib/clients/update-client";
import { defineAction } from "@/lib/http/define-action";

const create = defineAction("create client", createClientSchema, createClient);
const update = defineAction("update client", updateClientSchema, async (actor, input) => {
  await updateClient(actor, input);
  return { id: input.clientId };
});

export async function createClientAction(form: FormData) {
  const result = await create(form);
  if (result.ok) revalidatePath("/clients");
  return result;
}

export async function updateClientAction(form: FormData) {
  const result = await update(form);
  if (result.ok) revalidatePath(`/clients/${result.data.id}`);
  return result;
}
