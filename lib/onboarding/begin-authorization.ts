import { randomBytes } from "node:crypto";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { tokenKey } from "@/lib/crypto/token-key";
import type { DbClient } from "@/lib/db";
import { createAuthorizationLink } from "@/lib/x";
import { oauthCallbackUrl } from "./connect-urls";

// Long enough to read X's consent page and decide; short enough that a stale tab fails cleanly.
const ATTEMPT_TTL_MS = 15 * 60_000;

/**
 * Records one OAuth attempt (state + sealed PKCE verifier) and returns X's consent URL.
 * The callback finds the attempt by `state`; nothing else identifies who started it.
 */
export async function beginAuthorization(
  tx: DbClient,
  input: { agencyId: string; clientId: string; startedById?: string | null; connectLinkId?: string | null },
): Promise<{ url: string }> {
  const state = randomBytes(24).toString("base64url");
  const { url, codeVerifier } = createAuthorizationLink({ redirectUri: oauthCallbackUrl(), state });
  await tx.oAuthAttempt.create({
    data: {
      agencyId: input.agencyId,
      clientId: input.clientId,
      state,
      codeVerifierEnc: encryptSecret(codeVerifier, tokenKey()),
      startedById: input.startedById ?? null,
      connectLinkId: input.connectLinkId ?? null,
      expiresAt: new Date(Date.now() + ATTEMPT_TTL_MS),
    },
  });
  return { url };
}
