import { z } from "zod";
import { db, type DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ConnectedXAccount } from "@/lib/x";
import { SYNC_STREAMS } from "./sync-endpoints";
import { sealToken } from "./token-box";

export const saveConnectionInput = z.object({
  agencyId: z.uuid(),
  clientId: z.uuid(),
  connectedById: z.uuid().nullish(),
});
export type SaveConnectionInput = z.infer<typeof saveConnectionInput> & { connection: ConnectedXAccount };

/**
 * Stores an account the OAuth callback just connected: a new XAccount, or the same X account connected
 * again (reconnect after revocation or expiry), found by (agency, X user id). Tokens are sealed before
 * they reach the database; the account becomes ACTIVE and its sync cursors are ready to run now.
 * The caller has already checked who may connect for this client (the OAuth attempt it started).
 */
export async function saveConnection(input: SaveConnectionInput, tx?: DbClient): Promise<{ accountId: string; reconnected: boolean }> {
  const { agencyId, clientId, connectedById } = saveConnectionInput.parse(input);
  const { connection } = input;
  const run = async (t: DbClient) => {
    const client = await t.client.findFirst({ where: { id: clientId, agencyId, archivedAt: null }, select: { id: true } });
    if (!client) throw new AppError("not_found", "Client not found");
    const existing = await t.xAccount.findUnique({
      where: { agencyId_xUserId: { agencyId, xUserId: connection.user.id } },
      select: { id: true, clientId: true, status: true },
    });
    // Moving an account between clients would leave its inbox and history under the old client.
    if (existing && existing.clientId !== clientId) {
      throw new AppError("conflict", `@${connection.user.username} is already connected to another client`);
    }
    const now = new Date();
    const fields = {
      username: connection.user.username,
      name: connection.user.name,
      profileImageUrl: connection.user.profileImageUrl,
      followersCount: connection.user.followersCount,
      status: "ACTIVE" as const,
      accessTokenEnc: sealToken(connection.accessToken),
      refreshTokenEnc: connection.refreshToken ? sealToken(connection.refreshToken) : null,
      tokenExpiresAt: connection.expiresAt,
      scopes: connection.scopes.join(" "),
      lastError: null,
      nextSyncAt: now,
      connectedById: connectedById ?? null,
      connectedAt: now,
    };
    const account = existing
      ? await t.xAccount.update({ where: { id: existing.id }, data: fields, select: { id: true } })
      : await t.xAccount.create({ data: { agencyId, clientId, xUserId: connection.user.id, ...fields }, select: { id: true } });
    // Cursors keep their since_id across a reconnect: nothing already read is read (and billed) again.
    for (const endpoint of SYNC_STREAMS) {
      await t.syncCursor.upsert({
        where: { accountId_endpoint: { accountId: account.id, endpoint } },
        create: { accountId: account.id, endpoint, nextRunAt: now },
        update: { nextRunAt: now, consecutiveErr: 0, lastError: null },
      });
    }
    return { accountId: account.id, reconnected: Boolean(existing) };
  };
  return tx ? run(tx) : db.$transaction((t) => run(t));
}
