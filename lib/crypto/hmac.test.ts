import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deriveKey, hmacSign, hmacVerify } from "./hmac";

const secret = "a-master-secret-that-is-at-least-32-characters";

describe("hmac signing", () => {
  it("verifies its own signature and nothing else", () => {
    const key = deriveKey(secret, "purpose-a");
    const signature = hmacSign("payload", key);
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hmacVerify("payload", signature, key)).toBe(true);
    expect(hmacVerify("payloaD", signature, key)).toBe(false);
    expect(hmacVerify("payload", signature, randomBytes(32))).toBe(false);
    expect(hmacVerify("payload", "", key)).toBe(false);
    expect(hmacVerify("payload", `${signature}=`, key)).toBe(false);
  });

  it("refuses a signature whose text differs even where base64url decoding would not notice", () => {
    const key = deriveKey(secret, "purpose-a");
    const signature = hmacSign("payload", key);
    // 43 characters carry 258 bits for 256: the last character's low two bits are padding.
    const last = signature.at(-1) ?? "A";
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const sibling = alphabet[alphabet.indexOf(last) ^ 1] ?? "A";
    const altered = `${signature.slice(0, -1)}${sibling}`;
    expect(Buffer.from(altered, "base64url").equals(Buffer.from(signature, "base64url"))).toBe(true);
    expect(hmacVerify("payload", altered, key)).toBe(false);
  });

  it("derives different keys per purpose and per secret, the same key every time", () => {
    expect(deriveKey(secret, "purpose-a").equals(deriveKey(secret, "purpose-a"))).toBe(true);
    expect(deriveKey(secret, "purpose-a").equals(deriveKey(secret, "purpose-b"))).toBe(false);
    expect(deriveKey(`${secret}!`, "purpose-a").equals(deriveKey(secret, "purpose-a"))).toBe(false);
    const signature = hmacSign("payload", deriveKey(secret, "purpose-a"));
    expect(hmacVerify("payload", signature, deriveKey(secret, "purpose-b"))).toBe(false);
  });
});
