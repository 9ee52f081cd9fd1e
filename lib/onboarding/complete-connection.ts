import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { decryptSecret } from "@/lib/crypto/secret-box";
import { tokenKey } from "@/lib/crypto/token-key";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { errorFields, log } from "@/lib/log/logger";
import { exchangeAuthorizationCode, revokeToken } from "@/lib/x";
import { saveConnection } from "@/lib/x-accounts/save-connection";
import { oauthCallbackUrl } from "./connect-urls";

export const callbackSchema = z.object({
  state: z.string().min(1).max(200).optional(),
  code: z.string().min(1).max(2000).optional(),
  error: z.string().max(200).optional(),
});

export type ConnectionOutcome =
  | { outcome: "connected"; clientId: string; viaLink: boolean; username: string }
  | { outcome: "denied" | "failed" | "conflict"; clientId: string; viaLink: boolean; message: string }
  | { outcome: "expired" };

/**
 * The end of the OAuth round trip. The attempt is claimed once by its `state` (so a replayed
 * callback does nothing), the code is redeemed with the stored PKCE verifier, and the account
 * is saved under the client the attempt was started for. A connect link is used up only by a
 * successful connection, so a client who pressed "Cancel" on X can try again.
 */
export async function completeConnection(input: z.output<typeof callbackSchema>, now = new Date()): Promise<ConnectionOutcome> {
  if (!input.state) return { outcome: "expired" };
  const [attempt] = await db.oAuthAttempt.updateManyAndReturn({
    where: { state: input.state, consumedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
    omit: { codeVerifierEnc: false },
  });
  if (!attempt) return { outcome: "expired" };
  const base = { clientId: attempt.clientId, viaLink: attempt.connectLinkId !== null };

  if (input.error || !input.code) {
    const denied = input.error === "access_denied";
    return { ...base, outcome: denied ? "denied" : "failed", message: denied ? "The X account was not connected: authorisation was cancelled on X." : "X did not complete the authorisation. Please try again." };
  }
  if (attempt.connectLinkId) {
    const link = await db.connectLink.findUnique({ where: { id: attempt.connectLinkId }, select: { usedAt: true, expiresAt: true } });
    if (!link || link.usedAt || link.expiresAt <= now) return { outcome: "expired" };
  }

  let connection;
  try {
    connection = await exchangeAuthorizationCode({ code: input.code, codeVerifier: decryptSecret(attempt.codeVerifierEnc, tokenKey()), redirectUri: oauthCallbackUrl() });
  } catch (error) {
    log.warn("oauth code exchange failed", { clientId: attempt.clientId, ...errorFields(error) });
    return { ...base, outcome: "failed", message: "X did not accept the authorisation (it may have taken too long). Please try again." };
  }

  try {
    await db.$transaction(async (tx) => {
      const saved = await saveConnection({ agencyId: attempt.agencyId, clientId: attempt.clientId, connectedById: attempt.startedById, connection }, tx);
      if (attempt.connectLinkId) {
        const { count } = await tx.connectLink.updateMany({ where: { id: attempt.connectLinkId, usedAt: null }, data: { usedAt: now } });
        if (count === 0) throw new Error("connect link used concurrently");
      }
      await recordAudit(tx, { agencyId: attempt.agencyId, userId: attempt.startedById }, {
        action: saved.reconnected ? "x_account.reconnected" : "x_account.connected",
        targetType: "x_account",
        targetId: saved.accountId,
        clientId: attempt.clientId,
        data: { username: connection.user.username, viaLink: base.viaLink },
      });
    });
  } catch (error) {
    // Nothing was stored: give the tokens back to X rather than leave them live and unused.
    await revokeToken(connection.accessToken).catch(() => {});
    if (isAppError(error) && error.code === "conflict") return { ...base, outcome: "conflict", message: error.message };
    if (error instanceof Error && error.message === "connect link used concurrently") return { outcome: "expired" };
    throw error;
  }
  return { ...base, outcome: "connected", username: connection.user.username };
}
