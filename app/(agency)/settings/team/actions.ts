"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/define-action";
import { inviteUser, inviteUserSchema } from "@/lib/team/invite-user";
import { revokeInvitation, revokeInvitationSchema } from "@/lib/team/revoke-invitation";
import { setMemberActive, setMemberActiveSchema } from "@/lib/team/set-member-active";
import { updateMember, updateMemberSchema } from "@/lib/team/update-member";

const invite = defineAction("invite user", inviteUserSchema, inviteUser);
const update = defineAction("update member", updateMemberSchema, updateMember);
const setActive = defineAction("set member active", setMemberActiveSchema, setMemberActive);
const revoke = defineAction("revoke invitation", revokeInvitationSchema, revokeInvitation);

async function andRefresh<T>(result: Promise<T>): Promise<T> {
  const value = await result;
  revalidatePath("/settings/team");
  return value;
}

export async function inviteUserAction(input: FormData) {
  return andRefresh(invite(input));
}
export async function updateMemberAction(input: FormData) {
  return andRefresh(update(input));
}
export async function setMemberActiveAction(input: FormData) {
  return andRefresh(setActive(input));
}
export async function revokeInvitationAction(input: FormData) {
  return andRefresh(revoke(input));
}
