import { db } from "@/lib/db";
import { XAuth, XGrantError, refreshAccessToken, type XCallOptions } from "@/lib/x";
import { accessTokenOf } from "@/lib/x/auth";
import { AccountUnavailableError } from "./errors";
import { openToken, sealToken } from "./token-box";

// Refresh a little before X's expiry so a token never dies mid-drain.
const REFRESH_MARGIN_MS = 60_000;

type TokenRow = {
  status: string;
  access_token_enc: string | null;
  refresh_token_enc: string | null;
  token_expires_at: Date | null;
};

function usable(row: TokenRow, now: number): boolean {
  return row.status === "ACTIVE" && row.access_token_enc !== null && row.token_expires_at !== null && row.token_expires_at.getTime() - now > REFRESH_MARGIN_MS;
}

export type GetAccessTokenOptions = {
  /** The token X just answered 401 to: refresh unless someone already replaced it. */
  rejected?: XAuth;
  /** Reports the refresh call to the usage ledger / logs. */
  x?: XCallOptions;
};

/**
 * A credential for calling X as this account, refreshed when needed. Refreshes are serialised per account
 * by a row lock (SELECT … FOR UPDATE on x_accounts): whoever waits re-reads the row after the lock and
 * uses the pair the winner saved, so two refreshes never race (X rotates refresh tokens and a reuse can
 * revoke the whole chain). The new pair is committed before anyone uses it. A refused refresh marks the
 * account NEEDS_RECONNECT, which pauses its sync.
 */
export async function getAccessToken(accountId: string, options: GetAccessTokenOptions = {}): Promise<XAuth> {
  const rejectedToken = options.rejected ? accessTokenOf(options.rejected) : undefined;
  if (!rejectedToken) {
    const row = await db.xAccount.findUnique({
      where: { id: accountId },
      select: { status: true, accessTokenEnc: true, tokenExpiresAt: true },
    });
    if (row && row.status === "ACTIVE" && row.accessTokenEnc && row.tokenExpiresAt && row.tokenExpiresAt.getTime() - Date.now() > REFRESH_MARGIN_MS) {
      return XAuth.fromAccessToken(openToken(row.accessTokenEnc));
    }
  }

  const outcome = await db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<TokenRow[]>`
        SELECT status::text AS status, access_token_enc, refresh_token_enc, token_expires_at
        FROM x_accounts WHERE id = ${accountId}::uuid FOR UPDATE`;
      if (!row) return { kind: "unavailable" as const, status: "MISSING", message: "X account not found" };
      if (row.status !== "ACTIVE") return { kind: "unavailable" as const, status: row.status, message: `X account is ${row.status}` };
      const current = row.access_token_enc ? openToken(row.access_token_enc) : undefined;
      const now = Date.now();
      const alive = row.token_expires_at !== null && row.token_expires_at.getTime() > now;
      // Someone refreshed while we waited for the lock (or X's 401 was for an older token): use theirs.
      const replaced = rejectedToken !== undefined && current !== undefined && current !== rejectedToken && alive;
      const stillGood = rejectedToken === undefined && current !== undefined && usable(row, now);
      if (current && (replaced || stillGood)) return { kind: "token" as const, token: current };
      if (!row.refresh_token_enc) {
        await tx.$executeRaw`UPDATE x_accounts SET status = 'NEEDS_RECONNECT', last_error = 'The access token expired and X gave no refresh token: reconnect the account', updated_at = now() WHERE id = ${accountId}::uuid`;
        return { kind: "unavailable" as const, status: "NEEDS_RECONNECT", message: "No refresh token" };
      }
      try {
        const fresh = await refreshAccessToken(openToken(row.refresh_token_enc), options.x);
        // Saved (and committed, when this transaction ends) before anyone uses it.
        await tx.$executeRaw`
          UPDATE x_accounts SET access_token_enc = ${sealToken(fresh.accessToken)},
            refresh_token_enc = ${fresh.refreshToken ? sealToken(fresh.refreshToken) : row.refresh_token_enc},
            token_expires_at = ${fresh.expiresAt}, last_error = NULL, updated_at = now()
          WHERE id = ${accountId}::uuid`;
        return { kind: "token" as const, token: fresh.accessToken };
      } catch (error) {
        if (!(error instanceof XGrantError)) throw error;
        const message = `X refused to refresh the connection (${error.message}): reconnect the account`;
        await tx.$executeRaw`UPDATE x_accounts SET status = 'NEEDS_RECONNECT', last_error = ${message}, updated_at = now() WHERE id = ${accountId}::uuid`;
        return { kind: "unavailable" as const, status: "NEEDS_RECONNECT", message };
      }
    },
    { maxWait: 15_000, timeout: 45_000 },
  );
  if (outcome.kind === "unavailable") throw new AccountUnavailableError(accountId, outcome.status, outcome.message);
  return XAuth.fromAccessToken(outcome.token);
}
