import { describe, expect, it } from "vitest";
import { buildThread, MAX_DEPTH } from "./build-thread";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 12, minute));
const post = (xId: string, inReplyToXId: string | null, minute: number) => ({ xId, inReplyToXId, postedAt: at(minute) });

describe("buildThread", () => {
  it("puts replies to replies under their parent, siblings oldest first", () => {
    const thread = buildThread([post("5", "1", 5), post("1", null, 0), post("3", "1", 3), post("4", "3", 4), post("6", "4", 6)]);
    expect(thread.map((n) => [n.post.xId, n.depth])).toEqual([
      ["1", 0],
      ["3", 1],
      ["4", 2],
      ["6", 3],
      ["5", 1],
    ]);
  });

  it("starts a detached branch for a post whose parent is not stored", () => {
    const thread = buildThread([post("1", null, 0), post("9", "8", 9)]);
    expect(thread.map((n) => [n.post.xId, n.depth, n.detached])).toEqual([
      ["1", 0, false],
      ["9", 0, true],
    ]);
  });

  it("caps the indentation but keeps every post", () => {
    const chain = Array.from({ length: 10 }, (_, i) => post(String(i + 1), i === 0 ? null : String(i), i));
    const thread = buildThread(chain);
    expect(thread).toHaveLength(10);
    expect(Math.max(...thread.map((n) => n.depth))).toBe(MAX_DEPTH);
  });

  it("survives a post that claims to answer itself, and reply cycles", () => {
    expect(buildThread([post("1", "1", 0)])).toHaveLength(1);
    expect(buildThread([post("1", "2", 0), post("2", "1", 1)])).toHaveLength(2);
  });
});
