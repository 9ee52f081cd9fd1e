import { describe, expect, it } from "vitest";
import { compareXIds, maxXId, xIdFloor, xIdTime } from "./snowflake";

describe("snowflake ids", () => {
  it("reads the time of an id", () => {
    const ms = 1_790_000_123_456;
    const id = (((BigInt(ms) - 1288834974657n) << 22n) | 12345n).toString();
    expect(id).toHaveLength(19);
    expect(xIdTime(id)).toBe(ms);
  });

  it("makes a since_id that admits everything minted from a moment on", () => {
    const at = 1_790_000_000_000;
    const floor = xIdFloor(at);
    expect(xIdTime((BigInt(floor) + 1n).toString())).toBe(at);
    expect(xIdTime(floor)).toBe(at - 1);
  });

  it("compares ids as numbers", () => {
    expect(compareXIds("99", "100")).toBeLessThan(0);
    expect(compareXIds("1999999999999999999", "1999999999999999998")).toBeGreaterThan(0);
    expect(maxXId(null, "5")).toBe("5");
    expect(maxXId("10", "9")).toBe("10");
  });
});
