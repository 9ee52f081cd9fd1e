import { createHash, randomBytes } from "node:crypto";

/** A URL-safe random token for invitation links (connect links are signed: lib/onboarding/connect-link-token). */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Links are stored only as hashes: a leaked table holds no usable link. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
