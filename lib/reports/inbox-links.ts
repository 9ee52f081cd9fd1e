import type { DrillDown } from "./headline-cards";

/** A drill-down, or the report's "unanswered" number: the items that needed an answer and have none. */
export type InboxDrill = DrillDown & { unanswered?: boolean };

/**
 * The report's unanswered number asks for the "open" view (headline-cards.ts, inbox-shortcuts.tsx), but open
 * is not that set: an answered conversation can be open, an unanswered one done. Both links are that number,
 * so they become the inbox's unanswered filter.
 */
function isUnanswered(drill: InboxDrill): boolean {
  return drill.unanswered ?? (drill.status === "open" && !drill.kind && !drill.sla);
}

/**
 * The inbox view behind a report number: `/inbox?client=…&status=…&kind=…&sla=…&unanswered=1&from=…&to=…`,
 * the parameters the inbox honours. Dates are the client's local days, inclusive: the newest inbound item's
 * day, or with `unanswered` the unanswered items' own days, as the report counts them. Only agency people
 * have an inbox; client viewers get numbers without links.
 */
export function inboxHref(clientId: string, drill: InboxDrill, period: { from: string; to: string }): string {
  const unanswered = isUnanswered(drill);
  // Unanswered items may sit in conversations of any status (marked done without a reply, say).
  const params = new URLSearchParams({ client: clientId, status: unanswered ? "all" : drill.status });
  if (drill.kind) params.set("kind", drill.kind);
  if (drill.sla) params.set("sla", drill.sla);
  if (unanswered) params.set("unanswered", "1");
  params.set("from", period.from);
  params.set("to", period.to);
  return `/inbox?${params.toString()}`;
}
