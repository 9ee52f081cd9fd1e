import type { InboxFilters, InboxSort } from "./inbox-filters";
import type { InboxRow } from "./inbox-row";

// Pure rules the browser applies after a change, so a triaged row leaves (or stays in) the view at once,
// without reloading the list. They mirror the SQL in build-inbox-query.ts for the fields a triage changes.

/** The status view a row belongs to now: an expired snooze is open. */
export function viewOf(row: Pick<InboxRow, "status" | "snoozedUntil">, now: Date): "open" | "pending" | "snoozed" | "done" {
  if (row.status === "SNOOZED") return row.snoozedUntil && new Date(row.snoozedUntil) > now ? "snoozed" : "open";
  return row.status === "DONE" ? "done" : row.status === "PENDING" ? "pending" : "open";
}

/** Whether a row still belongs in the list after a status, assignee or tag change. */
export function rowMatches(row: InboxRow, filters: InboxFilters, userId: string, now: Date): boolean {
  if (filters.status !== "all" && viewOf(row, now) !== filters.status) return false;
  if (filters.assignee === "me" && row.assignee?.id !== userId) return false;
  if (filters.assignee === "unassigned" && row.assignee) return false;
  if (filters.assignee !== "anyone" && filters.assignee !== "me" && filters.assignee !== "unassigned" && row.assignee?.id !== filters.assignee) return false;
  if (filters.tag && !row.tags.some((t) => t.name === filters.tag)) return false;
  return true;
}

/** The view's order, for putting rows back after an undo: the same keys as the SQL. */
export function compareRows(sort: InboxSort): (a: InboxRow, b: InboxRow) => number {
  const byId = (a: InboxRow, b: InboxRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (sort === "sla") {
    // Ascending, NULLS LAST, key by key: due time, then how long it has waited, then id.
    const nullsLast = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1);
    return (a, b) => nullsLast(a.sla.dueAt, b.sla.dueAt) || nullsLast(a.awaitingSince, b.awaitingSince) || byId(a, b);
  }
  // newest: (last_inbound_at DESC, id ASC); oldest: (last_inbound_at ASC, id DESC), as the indexes run.
  const direction = sort === "newest" ? -1 : 1;
  return (a, b) => (a.lastInboundAt === b.lastInboundAt ? -direction * byId(a, b) : a.lastInboundAt < b.lastInboundAt ? -direction : direction);
}
