import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { log } from "@/lib/log/logger";
import { revokeToken } from "@/lib/x";
import { openToken } from "./token-box";

type SealedPair = { access_token_enc: string | null; refresh_token_enc: string | null };

/**
 * Disconnects an account: its tokens are cleared and its status becomes DISCONNECTED (the sync stops),
 * then the grant is revoked at X. The row lock keeps a concurrent refresh from writing a new pair after
 * we cleared it. A failed revoke does not undo the disconnect: `revokedAtX` says whether X confirmed.
 */
export async function disconnectAccount(actor: Actor, accountId: string): Promise<{ revokedAtX: boolean }> {
  if (!isUuid(accountId)) throw notFound();
  const account = await db.xAccount.findFirst({ where: { id: accountId, agencyId: actor.agencyId }, select: { id: true, clientId: true, username: true } });
  if (!account) throw notFound();
  authorize(actor, "client.manage", { clientId: account.clientId });

  const sealed = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<SealedPair[]>`
      SELECT access_token_enc, refresh_token_enc FROM x_accounts WHERE id = ${account.id}::uuid AND agency_id = ${actor.agencyId}::uuid FOR UPDATE`;
    await tx.xAccount.update({
      where: { id: account.id },
      data: { status: "DISCONNECTED", accessTokenEnc: null, refreshTokenEnc: null, tokenExpiresAt: null, nextSyncAt: null, lastError: null },
    });
    await recordAudit(tx, actor, { action: "x_account.disconnected", targetType: "x_account", targetId: account.id, clientId: account.clientId, data: { username: account.username } });
    return row;
  });

  // Revoking the refresh token ends the whole chain at X, access tokens included.
  const token = sealed?.refresh_token_enc ?? sealed?.access_token_enc;
  if (!token) return { revokedAtX: false };
  try {
    await revokeToken(openToken(token), { tokenTypeHint: sealed?.refresh_token_enc ? "refresh_token" : "access_token" });
    return { revokedAtX: true };
  } catch (error) {
    log.warn("revoking an X token failed", { accountId: account.id, error: error instanceof Error ? error.message : String(error) });
    return { revokedAtX: false };
  }
}
