import { XAuth } from "./auth";
import type { XCallOptions } from "./call-x";
import { getMe } from "./get-me";
import { requestToken } from "./oauth-token";

export type ConnectedXAccount = {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date;
  scopes: string[];
  user: { id: string; username: string; name: string; profileImageUrl: string | null; followersCount: number };
};

/**
 * Redeems the callback's code for tokens and reads who connected. The result carries the tokens: pass it
 * straight to lib/x-accounts' saveConnection, which seals them; never send it to a browser.
 */
export async function exchangeAuthorizationCode(
  input: { code: string; codeVerifier: string; redirectUri: string },
  options?: XCallOptions,
): Promise<ConnectedXAccount> {
  const tokens = await requestToken(
    { code: input.code, code_verifier: input.codeVerifier, redirect_uri: input.redirectUri, grant_type: "authorization_code" },
    options,
  );
  const me = await getMe(XAuth.fromAccessToken(tokens.accessToken), options);
  return {
    ...tokens,
    user: { id: me.id, username: me.username, name: me.name, profileImageUrl: me.profileImageUrl, followersCount: me.followersCount },
  };
}
