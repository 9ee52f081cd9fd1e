import type { DrillDown } from "./headline-cards";

/**
 * The inbox view behind a report number: `/inbox?client=…&status=…&kind=…&sla=…&from=…&to=…`, the
 * parameters the inbox honours. Dates are the client's local days, inclusive. Only agency people
 * have an inbox; client viewers get numbers without links.
 */
export function inboxHref(clientId: string, drill: DrillDown, period: { from: string; to: string }): string {
  const params = new URLSearchParams({ client: clientId, status: drill.status });
  if (drill.kind) params.set("kind", drill.kind);
  if (drill.sla) params.set("sla", drill.sla);
  params.set("from", period.from);
  params.set("to", period.to);
  return `/inbox?${params.toString()}`;
}
