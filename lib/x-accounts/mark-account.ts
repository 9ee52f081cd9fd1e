import { db } from "@/lib/db";

/** The account needs its owner to connect it again; its sync pauses until then. */
export async function markNeedsReconnect(accountId: string, message: string): Promise<void> {
  await db.xAccount.updateMany({ where: { id: accountId, status: "ACTIVE" }, data: { status: "NEEDS_RECONNECT", lastError: message } });
}
