"use server";

import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { startConnectionFromLink } from "@/lib/onboarding/use-connect-link";

// Public: the connect link's token is the credential.
export async function connectWithXAction(token: string): Promise<{ error: string }> {
  let url: string;
  try {
    ({ url } = await startConnectionFromLink(token));
  } catch (error) {
    if (isAppError(error)) return { error: error.message };
    throw error;
  }
  redirect(url);
}
