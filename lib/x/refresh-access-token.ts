import type { XCallOptions } from "./call-x";
import { requestToken, type TokenSet } from "./oauth-token";

/**
 * Trades a refresh token for a new pair. X rotates refresh tokens: the old one dies now and presenting
 * it again may revoke the whole chain, so callers must serialise refreshes per account and store the
 * new pair before using it (lib/x-accounts does).
 */
export function refreshAccessToken(refreshToken: string, options?: XCallOptions): Promise<TokenSet> {
  return requestToken({ refresh_token: refreshToken, grant_type: "refresh_token" }, options);
}
