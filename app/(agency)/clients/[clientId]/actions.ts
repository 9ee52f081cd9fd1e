"use server";

import { defineAction } from "@/lib/http/define-action";
import { inviteUser, inviteUserSchema } from "@/lib/team/invite-user";

const invite = defineAction("invite client viewer", inviteUserSchema, inviteUser);

export async function inviteViewerAction(form: FormData) {
  return invite(form);
}
