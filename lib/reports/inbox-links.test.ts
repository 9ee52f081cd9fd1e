import { describe, expect, it } from "vitest";
import { parseInboxFilters } from "@/lib/inbox/inbox-filters";
import { inboxHref } from "./inbox-links";

const params = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("inboxHref", () => {
  it("names the client, the status and the month's local days", () => {
    expect(inboxHref("c1", { status: "done" }, { from: "2026-10-01", to: "2026-10-31" })).toBe("/inbox?client=c1&status=done&from=2026-10-01&to=2026-10-31");
  });

  it("adds the kind and the SLA filter when the number is about them", () => {
    const href = inboxHref("c1", { status: "all", kind: "mention", sla: "breached" }, { from: "2026-10-05", to: "2026-10-05" });
    expect(params(href)).toEqual({ client: "c1", status: "all", kind: "mention", sla: "breached", from: "2026-10-05", to: "2026-10-05" });
  });

  it("links the unanswered number to the unanswered items of the period, in every status", () => {
    const period = { from: "2026-10-01", to: "2026-10-31" };
    const expected = { client: "c1", status: "all", unanswered: "1", ...period };
    expect(params(inboxHref("c1", { status: "all", unanswered: true }, period))).toEqual(expected);
    // The response-rate card and the "Unanswered" shortcut ask for the open view: that is this number too.
    expect(params(inboxHref("c1", { status: "open" }, period))).toEqual(expected);
    expect(parseInboxFilters(new URL(inboxHref("c1", { status: "open" }, period), "http://x").searchParams)).toMatchObject({ status: "all", unanswered: true, from: period.from, to: period.to });
  });
});
