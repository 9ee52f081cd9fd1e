import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "./inbox-filters";
import type { InboxRow } from "./inbox-row";
import { compareRows, rowMatches, viewOf } from "./row-matches";

const now = new Date("2026-12-02T12:00:00Z");
const row = (over: Partial<InboxRow>): InboxRow => ({
  id: "019e0000-0000-7000-8000-000000000001",
  status: "OPEN",
  snoozeExpired: false,
  snoozedUntil: null,
  client: { id: "c", name: "C", color: "#000" },
  account: { id: "a", username: "a", status: "ACTIVE" },
  author: null,
  text: "",
  kind: "mention",
  lastInboundAt: "2026-12-02T10:00:00.000Z",
  awaitingSince: null,
  inboundCount: 1,
  sla: { status: "none", dueAt: null, businessMillisLeft: null },
  assignee: null,
  tags: [],
  hasDraft: false,
  viewers: [],
  ...over,
});

describe("row rules in the browser", () => {
  it("an expired snooze is open, an active one snoozed", () => {
    expect(viewOf({ status: "SNOOZED", snoozedUntil: "2026-12-02T11:00:00.000Z" }, now)).toBe("open");
    expect(viewOf({ status: "SNOOZED", snoozedUntil: "2026-12-02T13:00:00.000Z" }, now)).toBe("snoozed");
    expect(viewOf({ status: "PENDING", snoozedUntil: null }, now)).toBe("pending");
  });

  it("a done row leaves Open; an assigned row leaves Unassigned; an untagged row leaves its tag", () => {
    expect(rowMatches(row({ status: "DONE" }), DEFAULT_FILTERS, "me", now)).toBe(false);
    expect(rowMatches(row({ status: "DONE" }), { ...DEFAULT_FILTERS, status: "all" }, "me", now)).toBe(true);
    expect(rowMatches(row({ assignee: { id: "u", name: "U" } }), { ...DEFAULT_FILTERS, assignee: "unassigned" }, "me", now)).toBe(false);
    expect(rowMatches(row({ assignee: { id: "me", name: "Me" } }), { ...DEFAULT_FILTERS, assignee: "me" }, "me", now)).toBe(true);
    expect(rowMatches(row({ tags: [] }), { ...DEFAULT_FILTERS, tag: "vip" }, "me", now)).toBe(false);
  });

  it("sorts like the SQL: due time with undated last; newest and oldest by the newest item", () => {
    const a = row({ id: "1", sla: { status: "on_track", dueAt: "2026-12-02T13:00:00.000Z", businessMillisLeft: 1 }, lastInboundAt: "2026-12-02T09:00:00.000Z" });
    const b = row({ id: "2", sla: { status: "on_track", dueAt: "2026-12-02T13:00:00.000Z", businessMillisLeft: 1 }, lastInboundAt: "2026-12-02T11:00:00.000Z" });
    const c = row({ id: "0", sla: { status: "none", dueAt: null, businessMillisLeft: null }, lastInboundAt: "2026-12-02T11:00:00.000Z" });
    expect([c, b, a].sort(compareRows("sla")).map((r) => r.id)).toEqual(["1", "2", "0"]);
    expect([a, b, c].sort(compareRows("newest")).map((r) => r.id)).toEqual(["0", "2", "1"]);
    expect([a, b, c].sort(compareRows("oldest")).map((r) => r.id)).toEqual(["1", "2", "0"]);
  });

  it("breaks SLA ties by age: the longest waiting first, then id; without a due time too", () => {
    const due = { status: "on_track" as const, dueAt: "2026-12-03T10:00:00.000Z", businessMillisLeft: 1 };
    const none = { status: "none" as const, dueAt: null, businessMillisLeft: null };
    const young = row({ id: "1", sla: due, awaitingSince: "2026-12-02T22:00:00.000Z" });
    const old = row({ id: "2", sla: due, awaitingSince: "2026-12-02T18:00:00.000Z" });
    const waitingUndated = row({ id: "3", sla: none, awaitingSince: "2026-12-02T08:00:00.000Z" });
    const answeredA = row({ id: "4", sla: none, awaitingSince: null });
    const answeredB = row({ id: "5", sla: none, awaitingSince: null });
    expect([answeredB, waitingUndated, young, answeredA, old].sort(compareRows("sla")).map((r) => r.id)).toEqual(["2", "1", "3", "4", "5"]);
  });
});
