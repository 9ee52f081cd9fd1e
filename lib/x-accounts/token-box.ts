import { tokenKey } from "@/lib/crypto/token-key";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";

// X tokens at rest: AES-256-GCM under TOKEN_ENCRYPTION_KEY. Only lib/x-accounts seals and opens them.
export const sealToken = (token: string): string => encryptSecret(token, tokenKey());
export const openToken = (sealed: string): string => decryptSecret(sealed, tokenKey());
