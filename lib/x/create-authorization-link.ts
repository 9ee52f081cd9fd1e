import { appClient } from "./client";

export const CONNECT_SCOPES = ["tweet.read", "users.read", "tweet.write", "offline.access"] as const;

/**
 * The X consent page link for connecting an account (OAuth 2.0 with PKCE). Store `codeVerifier` (sealed)
 * with `state`; the callback needs it to redeem the code, which lives 30 seconds and works once.
 */
export function createAuthorizationLink(input: { redirectUri: string; state: string }): { url: string; codeVerifier: string } {
  const link = appClient().generateOAuth2AuthLink(input.redirectUri, { scope: [...CONNECT_SCOPES], state: input.state });
  return { url: link.url, codeVerifier: link.codeVerifier };
}
