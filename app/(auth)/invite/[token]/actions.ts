"use server";

import { redirect } from "next/navigation";
import { toFailure, validationError } from "@/lib/http/action-result";
import { formDataToObject } from "@/lib/http/define-action";
import { acceptInvitation, acceptInvitationSchema } from "@/lib/team/accept-invitation";

export type AcceptState = { error?: string; fieldErrors?: Record<string, string[]>; name?: string };

// Public action: the invitation token is the credential, so it does not use defineAction.
export async function acceptInvitationAction(_previous: AcceptState, form: FormData): Promise<AcceptState> {
  const raw = formDataToObject(form);
  const name = typeof raw.name === "string" ? raw.name : "";
  try {
    const parsed = acceptInvitationSchema.safeParse(raw);
    if (!parsed.success) throw validationError(parsed.error);
    await acceptInvitation(parsed.data);
  } catch (error) {
    const failure = toFailure(error, "accept invitation");
    return { error: failure.error, fieldErrors: failure.fieldErrors, name };
  }
  redirect("/sign-in?notice=joined");
}
