import { describe, expect, it } from "vitest";
import { inboxHref } from "./inbox-links";

describe("inboxHref", () => {
  it("names the client, the status and the month's local days", () => {
    expect(inboxHref("c1", { status: "open" }, { from: "2026-10-01", to: "2026-10-31" })).toBe("/inbox?client=c1&status=open&from=2026-10-01&to=2026-10-31");
  });

  it("adds the kind and the SLA filter when the number is about them", () => {
    const href = inboxHref("c1", { status: "all", kind: "mention", sla: "breached" }, { from: "2026-10-05", to: "2026-10-05" });
    expect(Object.fromEntries(new URL(href, "http://x").searchParams)).toEqual({ client: "c1", status: "all", kind: "mention", sla: "breached", from: "2026-10-05", to: "2026-10-05" });
  });
});
