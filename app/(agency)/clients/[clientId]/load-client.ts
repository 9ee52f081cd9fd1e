import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getClient } from "@/lib/clients/get-client";
import { isAppError } from "@/lib/errors";

export async function loadClientOr404(actor: Actor, clientId: string) {
  try {
    return await getClient(actor, clientId);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
