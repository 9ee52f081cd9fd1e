import { env } from "@/lib/env";

/** The AES-256-GCM key for secrets at rest (X tokens, PKCE verifiers). */
export function tokenKey(): Buffer {
  const key = env().TOKEN_ENCRYPTION_KEY;
  if (!key) throw new Error("TOKEN_ENCRYPTION_KEY is not set: it is needed to store X tokens (see .env.example)");
  return Buffer.from(key, "base64");
}
