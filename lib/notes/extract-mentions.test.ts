import { describe, expect, it } from "vitest";
import { extractMentions } from "./extract-mentions";

const people = [
  { id: "sam", name: "Sam" },
  { id: "samlee", name: "Sam Lee" },
  { id: "tess", name: "Tess O'Brien" },
  { id: "zoe", name: "Zoë" },
];

describe("extractMentions", () => {
  it("finds full names after @, case-insensitively", () => {
    expect(extractMentions("@tess o'brien can you check the refund?", people)).toEqual(["tess"]);
  });

  it("prefers the longest name and does not double-count its prefix", () => {
    expect(extractMentions("@Sam Lee please look", people)).toEqual(["samlee"]);
    expect(extractMentions("@Sam and @Sam Lee", people).sort()).toEqual(["sam", "samlee"]);
  });

  it("ignores a name that runs on into a longer word", () => {
    expect(extractMentions("@Samantha hi", people)).toEqual([]);
  });

  it("handles accents, punctuation right after, and repeats", () => {
    expect(extractMentions("Thanks @Zoë! @zoë, again", people)).toEqual(["zoe"]);
  });

  it("finds nothing without an @", () => {
    expect(extractMentions("Sam should see this", people)).toEqual([]);
  });
});
