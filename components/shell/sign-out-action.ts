"use server";

import { endSessions } from "@/lib/auth/end-sessions";
import { signOut } from "@/lib/auth/config";
import { getActor } from "@/lib/auth/session";

export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await endSessions(actor.userId);
  await signOut({ redirectTo: "/sign-in?notice=signed-out" });
}
