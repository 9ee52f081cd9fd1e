import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { InboxSort } from "./inbox-filters";

/**
 * Where a page ended: the last row's sort keys and id. Opaque to the browser (base64url JSON), so the
 * format can change without breaking links; it names no other tenant's data, only a position.
 * `key` is an ISO instant (SLA order: the due time, null when the row had none; those sort last).
 * `since` is SLA order's tie-break, the row's awaiting_since (null sorts last); null in the other orders.
 */
export type InboxCursor = { sort: InboxSort; key: string | null; since: string | null; id: string };

const instant = z.string().datetime({ offset: true });

// v2 added `a` (awaiting since) when SLA order gained its age tie-break; a v1 cursor (from a page loaded
// before that) is refused like any stale cursor, and the list reloads.
const cursorSchema = z.object({
  v: z.literal(2),
  s: z.enum(["sla", "newest", "oldest"]),
  k: instant.nullable(),
  a: instant.nullable(),
  i: z.string().refine(isUuid),
});

export function encodeCursor(cursor: InboxCursor): string {
  return Buffer.from(JSON.stringify({ v: 2, s: cursor.sort, k: cursor.key, a: cursor.since, i: cursor.id })).toString("base64url");
}

const stale = () => new AppError("validation", "That page of the inbox is no longer available. Reload the list.");

/** Throws a validation error for anything that is not a cursor this inbox made for this sort. */
export function decodeCursor(value: string, sort: InboxSort): InboxCursor {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw stale();
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success || parsed.data.s !== sort) throw stale();
  if (sort !== "sla" && (parsed.data.k === null || parsed.data.a !== null)) throw stale();
  return { sort: parsed.data.s, key: parsed.data.k, since: parsed.data.a, id: parsed.data.i };
}
