import { db } from "@/lib/db";

/**
 * Ends every session of a user: the session cookie is a JWT, so clearing it in one browser is not enough
 * (a request still in flight, such as the inbox's live stream, can answer with a refreshed cookie and
 * bring the session back). Moving the session version on makes every earlier cookie worthless.
 */
export async function endSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
