import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, inboxHref, inboxSearchParams, parseInboxFilters } from "./inbox-filters";

const client = "019e7ee2-d8d6-7ee3-b2a0-f07f98ee84f8";

describe("inbox filters in the URL", () => {
  it("default to open, most urgent first, and leave defaults out of links", () => {
    expect(parseInboxFilters({})).toEqual(DEFAULT_FILTERS);
    expect(DEFAULT_FILTERS).toMatchObject({ status: "open", sort: "sla", assignee: "anyone", draft: false, breached: false, unanswered: false });
    expect(inboxHref(DEFAULT_FILTERS)).toBe("/inbox");
  });

  it("read the parameters other pages link with", () => {
    const filters = parseInboxFilters(new URLSearchParams(`client=${client}&status=all&kind=reply&sla=breached&from=2026-11-01&to=2026-11-30&draft=1&q=refund&tag=vip&assignee=me&sort=newest&unanswered=1`));
    expect(filters).toEqual({ ...DEFAULT_FILTERS, client, status: "all", kind: "reply", breached: true, unanswered: true, from: "2026-11-01", to: "2026-11-30", draft: true, q: "refund", tag: "vip", assignee: "me", sort: "newest" });
    expect(parseInboxFilters(inboxSearchParams(filters))).toEqual(filters);
  });

  it("drop what they cannot use instead of failing the page", () => {
    const filters = parseInboxFilters({ client: "nope", status: "weird", kind: ["quote", "reply"], from: "2026-02-30", q: "  ", sla: "maybe" });
    expect(filters).toEqual({ ...DEFAULT_FILTERS, kind: "quote" });
  });
});
