import { z } from "zod";
import { env } from "@/lib/env";
import { callX, type XCallOptions } from "./call-x";
import { appClient } from "./client";

export const REVOKE_ENDPOINT = "POST /2/oauth2/revoke";

/** Revokes a token at X. Revoking the refresh token ends its whole chain (every access token with it). */
export async function revokeToken(token: string, options?: XCallOptions & { tokenTypeHint?: "access_token" | "refresh_token" }): Promise<void> {
  await callX({
    client: appClient(),
    method: "POST",
    endpoint: REVOKE_ENDPOINT,
    path: "oauth2/revoke",
    body: { token, token_type_hint: options?.tokenTypeHint ?? "refresh_token", client_id: env().X_CLIENT_ID ?? "" },
    schema: z.object({}).loose(),
    options,
  });
}
