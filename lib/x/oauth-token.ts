import { env } from "@/lib/env";
import { callX, type XCallOptions } from "./call-x";
import { appClient } from "./client";
import { XBadRequestError, XForbiddenError, XGrantError, XUnauthorizedError } from "./errors";
import { tokenSchema } from "./schemas";

export const TOKEN_ENDPOINT = "POST /2/oauth2/token";

export type TokenSet = { accessToken: string; refreshToken: string | null; expiresAt: Date; scopes: string[] };

/**
 * The OAuth 2.0 token endpoint (code exchange and refresh), sent as twitter-api-v2 sends it (JSON body,
 * HTTP Basic client auth). A 400 here means the code or refresh token is no good (expired, used,
 * rotated, revoked): XGrantError, which means "reconnect", never "retry".
 */
export async function requestToken(body: Record<string, string>, options?: XCallOptions): Promise<TokenSet> {
  try {
    const { data } = await callX({
      client: appClient(),
      method: "POST",
      endpoint: TOKEN_ENDPOINT,
      path: "oauth2/token",
      body: { ...body, client_id: env().X_CLIENT_ID ?? "" },
      schema: tokenSchema,
      options,
    });
    return {
      accessToken: data.access_token,
      refreshToken: data.refresh_token ?? null,
      expiresAt: new Date(Date.now() + data.expires_in * 1000),
      scopes: data.scope.split(" ").filter(Boolean),
    };
  } catch (error) {
    if (error instanceof XBadRequestError) throw new XGrantError(error.message, error.endpoint, error.status);
    // A 401 here is about Rapport's own client credentials, not the account: never "reconnect" for it.
    if (error instanceof XUnauthorizedError) {
      throw new XForbiddenError(`X refused the app's OAuth client credentials (X_CLIENT_ID / X_CLIENT_SECRET): ${error.message}`, error.endpoint, error.status);
    }
    throw error;
  }
}
