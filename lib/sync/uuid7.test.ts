import { describe, expect, it } from "vitest";
import { uuid7 } from "./uuid7";

describe("uuid7", () => {
  it("makes distinct version-7 ids that sort by time", () => {
    const a = uuid7(1_790_000_000_000);
    const b = uuid7(1_790_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
    expect(new Set(Array.from({ length: 2_000 }, () => uuid7())).size).toBe(2_000);
  });
});
