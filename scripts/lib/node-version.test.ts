import { describe, expect, it } from "vitest";
import { nodeVersionProblem } from "./node-version";

describe("nodeVersionProblem", () => {
  it("accepts the floor itself and anything newer", () => {
    for (const v of ["22.12.0", "22.12.1", "22.13.0", "23.0.0", "24.22.3", "26.1.0"]) expect(nodeVersionProblem(v, ">=22.12")).toBeNull();
  });

  it("refuses older versions in one sentence that names both versions and the way out", () => {
    for (const v of ["20.20.2", "22.11.9", "18.19.0", "22.0.0"]) {
      const problem = nodeVersionProblem(v, ">=22.12");
      expect(problem).toContain(`this is Node.js ${v}`);
      expect(problem).toContain("Node.js 22.12.0 or newer");
      expect(problem).toContain("scripts/node-24.sh");
    }
  });
});
