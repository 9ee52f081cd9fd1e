import { describe, expect, it } from "vitest";
import { MAX_REPLY_WEIGHT, measureReply } from "./weighted-length";

describe("measureReply", () => {
  it("counts plain Latin text one per character", () => {
    expect(measureReply("Thanks for reaching out!").weighted).toBe(24);
  });

  it("counts every URL as 23, however long", () => {
    const long = `See https://example.com/${"a".repeat(200)}`;
    expect(measureReply(long).weighted).toBe(4 + 23);
    expect(measureReply("x.com").weighted).toBe(23);
  });

  it("counts an emoji as 2, including multi-codepoint sequences", () => {
    expect(measureReply("🙂").weighted).toBe(2);
    expect(measureReply("👩‍👩‍👧‍👦").weighted).toBe(2);
    expect(measureReply("👍🏽").weighted).toBe(2);
  });

  it("counts CJK characters as 2", () => {
    expect(measureReply("ありがとう").weighted).toBe(10);
    expect(measureReply("谢谢").weighted).toBe(4);
    expect(measureReply("감사합니다").weighted).toBe(10);
  });

  it("is valid exactly up to 280 weighted characters", () => {
    expect(measureReply("a".repeat(MAX_REPLY_WEIGHT))).toMatchObject({ valid: true, remaining: 0 });
    expect(measureReply("a".repeat(MAX_REPLY_WEIGHT + 1))).toMatchObject({ valid: false, remaining: -1 });
    expect(measureReply("あ".repeat(140))).toMatchObject({ valid: true, remaining: 0 });
    expect(measureReply("あ".repeat(141)).valid).toBe(false);
  });

  it("treats blank text as empty and not sendable", () => {
    expect(measureReply("   ")).toMatchObject({ empty: true, valid: false });
    expect(measureReply("")).toMatchObject({ empty: true, valid: false, weighted: 0 });
  });
});
