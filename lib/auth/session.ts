import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "./actor";
import { can, type Resource } from "./authorize";
import type { Action } from "./permissions";
import { auth } from "./config";
import { loadActor } from "./load-actor";

/** The signed-in actor for this request (resolved once per request), or null. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const sessionVersion = (session as { sessionVersion?: number }).sessionVersion ?? -1;
  return loadActor(userId, sessionVersion);
});

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/**
 * For pages: the actor, if they may do `action` (on this client); otherwise the page does not
 * exist for them (404) — the same answer as for an id that does not exist.
 */
export async function requirePermission(action: Action, resource?: Resource): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, action, resource)) notFound();
  return actor;
}
