import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deriveKey } from "@/lib/crypto/hmac";
import { signConnectLinkToken, verifyConnectLinkToken } from "./connect-link-token";

const key = deriveKey("a-master-secret-that-is-at-least-32-characters", "connect-link");
const now = new Date("2026-03-02T10:00:00.500Z");
const inAWeek = new Date(now.getTime() + 7 * 86_400_000);

describe("connect link tokens", () => {
  it("verifies a fresh token and carries its expiry to the second", () => {
    const { token, expiresAt } = signConnectLinkToken(inAWeek, key);
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(expiresAt).toEqual(new Date("2026-03-09T10:00:00.000Z"));
    expect(verifyConnectLinkToken(token, now, key)).toEqual({ ok: true, expiresAt });
  });

  it("is different every time, even for the same expiry", () => {
    expect(signConnectLinkToken(inAWeek, key).token).not.toBe(signConnectLinkToken(inAWeek, key).token);
  });

  it("refuses a token once its signed expiry has passed", () => {
    const { token, expiresAt } = signConnectLinkToken(inAWeek, key);
    expect(verifyConnectLinkToken(token, new Date(expiresAt.getTime() - 1), key).ok).toBe(true);
    expect(verifyConnectLinkToken(token, expiresAt, key)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a token whose expiry was pushed back, or whose nonce or signature was altered", () => {
    const { token } = signConnectLinkToken(inAWeek, key);
    const [nonce = "", seconds = "", signature = ""] = token.split(".");
    const flip = (s: string, i: number) => `${s.slice(0, i)}${s[i] === "A" ? "B" : "A"}${s.slice(i + 1)}`;
    const altered = [
      `${nonce}.${Number(seconds) + 86_400}.${signature}`,
      `${flip(nonce, 0)}.${seconds}.${signature}`,
      `${nonce}.${seconds}.${flip(signature, 10)}`,
      `${nonce}.${seconds}.${flip(signature, 42)}`,
      `${nonce}.0${seconds}.${signature}`,
    ];
    for (const forged of altered) expect(verifyConnectLinkToken(forged, now, key), forged).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a token signed with another key, even one that has not expired", () => {
    const { token } = signConnectLinkToken(inAWeek, randomBytes(32));
    expect(verifyConnectLinkToken(token, now, key)).toEqual({ ok: false, reason: "invalid" });
    const expiredElsewhere = signConnectLinkToken(new Date(now.getTime() - 1000), randomBytes(32)).token;
    expect(verifyConnectLinkToken(expiredElsewhere, now, key)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses anything that is not a token", () => {
    for (const junk of ["", "x", "a.b.c", randomBytes(32).toString("base64url"), `${"A".repeat(22)}.1.${"A".repeat(43)}/x`, "../../etc/passwd"]) {
      expect(verifyConnectLinkToken(junk, now, key)).toEqual({ ok: false, reason: "invalid" });
    }
  });
});
