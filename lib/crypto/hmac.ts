import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/**
 * A 256-bit key for one purpose, derived from a master secret (HKDF-SHA256): a signature made for one
 * purpose is worthless for any other, and the master secret itself never signs anything.
 */
export function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "rapport", purpose, 32));
}

/** HMAC-SHA256 of `payload`, base64url (43 characters). */
export function hmacSign(payload: string, key: Buffer): string {
  return createHmac("sha256", key).update(payload).digest("base64url");
}

/**
 * Compares the text of the signatures, not decoded bytes (base64url decoding forgives stray characters
 * and unused trailing bits, so an altered string could decode to the right bytes), in constant time.
 */
export function hmacVerify(payload: string, signature: string, key: Buffer): boolean {
  const expected = Buffer.from(hmacSign(payload, key));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
