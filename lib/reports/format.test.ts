import { describe, expect, it } from "vitest";
import { describeChange, formatDuration, formatPercent, formatSignedCount } from "./format";

describe("formatting", () => {
  it("reads business time the way people say it", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(42)).toBe("42 s");
    expect(formatDuration(12 * 60)).toBe("12 min");
    expect(formatDuration(130 * 60)).toBe("2 h 10 min");
    expect(formatDuration(3 * 3600)).toBe("3 h");
    expect(formatDuration(31 * 3600)).toBe("31 h");
  });

  it("shows shares as whole per cents, and tiny ones with a decimal", () => {
    expect(formatPercent(0.8234)).toBe("82%");
    expect(formatPercent(0.004)).toBe("0.4%");
    expect(formatPercent(null)).toBe("—");
    expect(formatSignedCount(-12)).toBe("−12");
  });

  it("describes change against last month, coloured by whether it is good", () => {
    expect(describeChange(0.8, 0.7, "share")).toEqual({ text: "+10 pts", direction: "up", good: true });
    expect(describeChange(600, 300, "duration", false)).toEqual({ text: "+100%", direction: "up", good: false });
    expect(describeChange(110, 100, "count")).toEqual({ text: "+10%", direction: "up", good: true });
    expect(describeChange(5, 0, "count")).toEqual({ text: "+5", direction: "up", good: true });
    expect(describeChange(0.5, 0.5, "share")).toEqual({ text: "no change", direction: "flat", good: null });
    expect(describeChange(null, 0.5, "share")).toBeNull();
  });
});
