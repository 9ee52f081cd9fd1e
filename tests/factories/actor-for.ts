import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import type { TestUser } from "./create-tenant";

/** The actor exactly as a request would resolve it (through lib/auth, not hand-built). */
export async function actorFor(user: TestUser, sessionVersion = 0): Promise<Actor> {
  const actor = await loadActor(user.id, sessionVersion);
  if (!actor) throw new Error(`no actor for ${user.email}`);
  return actor;
}
