import { randomBytes } from "node:crypto";
import { deriveKey, hmacSign, hmacVerify } from "@/lib/crypto/hmac";
import { env } from "@/lib/env";

// <nonce>.<expires, unix seconds>.<HMAC-SHA256 of the two>, all URL-safe. The signature lets the app
// refuse a forged or altered link without touching the database; the nonce (128 random bits, stored only
// as a hash) keeps links unforgeable even to someone holding AUTH_SECRET but not the table. Single use and
// the authoritative expiry stay in the database row.
const TOKEN = /^([A-Za-z0-9_-]{22})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

export type ConnectLinkCheck = { ok: true; expiresAt: Date } | { ok: false; reason: "invalid" | "expired" };

export function connectLinkKey(): Buffer {
  return deriveKey(env().AUTH_SECRET, "connect-link");
}

/** A new signed token expiring at `expiresAt`, rounded down to the second it carries. */
export function signConnectLinkToken(expiresAt: Date, key = connectLinkKey()): { token: string; expiresAt: Date } {
  const seconds = Math.floor(expiresAt.getTime() / 1000);
  const payload = `${randomBytes(16).toString("base64url")}.${seconds}`;
  return { token: `${payload}.${hmacSign(payload, key)}`, expiresAt: new Date(seconds * 1000) };
}

/** The signature first, then the expiry it vouches for; no database involved. */
export function verifyConnectLinkToken(token: string, now = new Date(), key = connectLinkKey()): ConnectLinkCheck {
  const match = TOKEN.exec(token);
  if (!match?.[1] || !match[2] || !match[3]) return { ok: false, reason: "invalid" };
  if (!hmacVerify(`${match[1]}.${match[2]}`, match[3], key)) return { ok: false, reason: "invalid" };
  const expiresAt = new Date(Number(match[2]) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, expiresAt };
}
