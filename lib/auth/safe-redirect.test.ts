import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps local paths with their query", () => {
    expect(safeRedirectPath("/clients/abc?tab=accounts")).toBe("/clients/abc?tab=accounts");
  });
  it("reduces absolute URLs to their path", () => {
    expect(safeRedirectPath("http://localhost:3000/inbox?x=1")).toBe("/inbox?x=1");
  });
  it("refuses protocol-relative and odd values", () => {
    expect(safeRedirectPath("//evil.example/x")).toBe("/");
    expect(safeRedirectPath("javascript:alert(1)")).toBe("/");
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath("/sign-in?callbackUrl=/x")).toBe("/");
  });
});
