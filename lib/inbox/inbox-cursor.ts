import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { InboxSort } from "./inbox-filters";

/**
 * Where a page ended: the last row's sort key and id. Opaque to the browser (base64url JSON), so the
 * format can change without breaking links; it names no other tenant's data, only a position.
 * `key` is an ISO instant; null means the row had no SLA due time (those sort last).
 */
export type InboxCursor = { sort: InboxSort; key: string | null; id: string };

const cursorSchema = z.object({
  v: z.literal(1),
  s: z.enum(["sla", "newest", "oldest"]),
  k: z.string().datetime({ offset: true }).nullable(),
  i: z.string().refine(isUuid),
});

export function encodeCursor(cursor: InboxCursor): string {
  return Buffer.from(JSON.stringify({ v: 1, s: cursor.sort, k: cursor.key, i: cursor.id })).toString("base64url");
}

/** Throws a validation error for anything that is not a cursor this inbox made for this sort. */
export function decodeCursor(value: string, sort: InboxSort): InboxCursor {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw new AppError("validation", "That page of the inbox is no longer available. Reload the list.");
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success || parsed.data.s !== sort) throw new AppError("validation", "That page of the inbox is no longer available. Reload the list.");
  if (parsed.data.k === null && sort !== "sla") throw new AppError("validation", "That page of the inbox is no longer available. Reload the list.");
  return { sort: parsed.data.s, key: parsed.data.k, id: parsed.data.i };
}
