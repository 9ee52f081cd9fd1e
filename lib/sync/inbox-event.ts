import { z } from "zod";

/** The Postgres channel new inbox items are announced on. */
export const INBOX_CHANNEL = "rapport_inbox";

export const inboxEventSchema = z.object({
  agencyId: z.uuid(),
  clientId: z.uuid(),
  accountId: z.uuid(),
  conversationIds: z.array(z.uuid()),
  /** New posts stored in this batch. */
  count: z.number().int().nonnegative(),
});
export type InboxEvent = z.infer<typeof inboxEventSchema>;

// NOTIFY payloads must stay under 8000 bytes: ~150 ids of 36 characters per message leaves room.
const IDS_PER_EVENT = 150;

export function splitInboxEvent(event: InboxEvent): InboxEvent[] {
  if (event.conversationIds.length <= IDS_PER_EVENT) return [event];
  const out: InboxEvent[] = [];
  for (let i = 0; i < event.conversationIds.length; i += IDS_PER_EVENT) {
    out.push({ ...event, conversationIds: event.conversationIds.slice(i, i + IDS_PER_EVENT), count: i === 0 ? event.count : 0 });
  }
  return out;
}
