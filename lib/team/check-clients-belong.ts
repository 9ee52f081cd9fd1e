import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Client ids posted by a form must belong to the actor's agency: never trust them. */
export async function checkClientsBelong(tx: DbClient, agencyId: string, clientIds: readonly string[]): Promise<void> {
  if (clientIds.length === 0) return;
  const found = await tx.client.count({ where: { agencyId, id: { in: [...clientIds] } } });
  if (found !== new Set(clientIds).size) {
    throw new AppError("validation", "Please correct the highlighted fields.", { fieldErrors: { clientIds: ["Unknown client"], clientId: ["Unknown client"] } });
  }
}
