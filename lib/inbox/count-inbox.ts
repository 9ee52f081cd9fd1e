import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { buildInboxCountQuery, type CountedStatus } from "./build-inbox-query";
import { INBOX_COUNT_CAP, type InboxFilters, inboxFiltersSchema } from "./inbox-filters";
import { inboxScope } from "./inbox-scope";
import { parseInput } from "./parse-input";

export type InboxCounts = Record<CountedStatus, number>;

/** Conversations per status view under the current filters (status itself aside), each capped at INBOX_COUNT_CAP + 1. */
export async function countInbox(actor: Actor, input: Partial<InboxFilters>, now = new Date()): Promise<InboxCounts> {
  authorize(actor, "inbox.view");
  const filters = parseInput(inboxFiltersSchema, input);
  const scope = inboxScope(actor, filters);
  if (!scope) return { open: 0, pending: 0, snoozed: 0, done: 0 };
  const query = buildInboxCountQuery({ scope, filters, now, cap: INBOX_COUNT_CAP });
  const [counts] = await db.$queryRawUnsafe<InboxCounts[]>(query.text, ...query.values);
  return counts ?? { open: 0, pending: 0, snoozed: 0, done: 0 };
}
