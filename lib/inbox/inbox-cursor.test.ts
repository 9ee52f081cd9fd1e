import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { decodeCursor, encodeCursor } from "./inbox-cursor";

const id = "019e7ee2-d8d6-7ee3-b2a0-f07f98ee84f8";

describe("inbox cursors", () => {
  it("round-trip, opaque", () => {
    const cursor = encodeCursor({ sort: "sla", key: "2026-12-02T12:00:00.123Z", since: "2026-12-02T09:00:00.000Z", id });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, "sla")).toEqual({ sort: "sla", key: "2026-12-02T12:00:00.123Z", since: "2026-12-02T09:00:00.000Z", id });
    expect(decodeCursor(encodeCursor({ sort: "sla", key: null, since: null, id }), "sla")).toMatchObject({ key: null, since: null });
    expect(decodeCursor(encodeCursor({ sort: "newest", key: "2026-12-02T12:00:00.000Z", since: null, id }), "newest").key).toBe("2026-12-02T12:00:00.000Z");
  });

  it("refuse another order's cursor, garbage, and null keys outside SLA order", () => {
    const fails = (run: () => unknown) => {
      try {
        run();
        return false;
      } catch (error) {
        return isAppError(error) && error.code === "validation";
      }
    };
    expect(fails(() => decodeCursor(encodeCursor({ sort: "newest", key: "2026-12-02T12:00:00.000Z", since: null, id }), "sla"))).toBe(true);
    expect(fails(() => decodeCursor("%%%", "sla"))).toBe(true);
    // A page loaded before the age tie-break: its cursor cannot say where the tie left off.
    expect(fails(() => decodeCursor(Buffer.from(JSON.stringify({ v: 1, s: "sla", k: null, i: id })).toString("base64url"), "sla"))).toBe(true);
    expect(fails(() => decodeCursor(Buffer.from("[]").toString("base64url"), "sla"))).toBe(true);
    expect(fails(() => decodeCursor(encodeCursor({ sort: "oldest", key: null, since: null, id }), "oldest"))).toBe(true);
    expect(fails(() => decodeCursor(encodeCursor({ sort: "sla", key: "2026-12-02T12:00:00.000Z", since: null, id: "not-a-uuid" }), "sla"))).toBe(true);
  });
});
