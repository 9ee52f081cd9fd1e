import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./secret-box";

const key = randomBytes(32);

describe("secret box", () => {
  it("round-trips and never stores the plaintext", () => {
    const sealed = encryptSecret("access-token-123", key);
    expect(sealed).not.toContain("access-token-123");
    expect(decryptSecret(sealed, key)).toBe("access-token-123");
  });

  it("uses a fresh nonce each time", () => {
    expect(encryptSecret("same", key)).not.toBe(encryptSecret("same", key));
  });

  it("rejects tampering and the wrong key", () => {
    const sealed = encryptSecret("secret", key);
    const parts = sealed.split(".");
    const flipped = [parts[0], parts[1], parts[2], Buffer.from("xxxxxx").toString("base64url")].join(".");
    expect(() => decryptSecret(flipped, key)).toThrow();
    expect(() => decryptSecret(sealed, randomBytes(32))).toThrow();
  });
});
