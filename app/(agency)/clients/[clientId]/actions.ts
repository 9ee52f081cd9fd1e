"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/http/define-action";
import { createConnectLink, createConnectLinkSchema } from "@/lib/onboarding/create-connect-link";
import { startConnection, startConnectionSchema } from "@/lib/onboarding/start-connection";
import { inviteUser, inviteUserSchema } from "@/lib/team/invite-user";
import { disconnectAccount } from "@/lib/x-accounts/disconnect-account";
import { revalidatePath } from "next/cache";
import { z } from "zod";

const invite = defineAction("invite client viewer", inviteUserSchema, inviteUser);
const start = defineAction("start X connection", startConnectionSchema, startConnection);
const createLink = defineAction("create connect link", createConnectLinkSchema, createConnectLink);

export async function inviteViewerAction(form: FormData) {
  return invite(form);
}

export async function connectAccountAction(clientId: string) {
  const result = await start({ clientId });
  if (!result.ok) return result;
  redirect(result.data.url);
}

export async function createConnectLinkAction(clientId: string) {
  return createLink({ clientId });
}

const disconnect = defineAction("disconnect X account", z.object({ accountId: z.string() }), (actor, input) => disconnectAccount(actor, input.accountId));

export async function disconnectAccountAction(clientId: string, accountId: string) {
  const result = await disconnect({ accountId });
  if (result.ok) revalidatePath(`/clients/${clientId}`);
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}
