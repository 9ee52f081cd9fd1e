import pg from "pg";
import { env } from "@/lib/env";
import { errorFields, log } from "@/lib/log/logger";
import { INBOX_CHANNEL, inboxEventSchema, type InboxEvent } from "./inbox-event";

export type { InboxEvent } from "./inbox-event";

/** Which events a subscriber wants: one agency, and all of its clients or only some. */
export type InboxEventFilter = { agencyId: string; clientIds: "all" | readonly string[] };
type Subscriber = { filter: InboxEventFilter; onEvent: (event: InboxEvent) => void };

const subscribers = new Set<Subscriber>();
let listener: pg.Client | undefined;
let connecting: Promise<void> | undefined;
let retryTimer: NodeJS.Timeout | undefined;

function deliver(payload: string | undefined): void {
  if (!payload) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return;
  }
  const event = inboxEventSchema.safeParse(parsed);
  if (!event.success) return;
  for (const s of subscribers) {
    if (s.filter.agencyId !== event.data.agencyId) continue;
    if (s.filter.clientIds !== "all" && !s.filter.clientIds.includes(event.data.clientId)) continue;
    try {
      s.onEvent(event.data);
    } catch (error) {
      log.warn("inbox event subscriber failed", errorFields(error));
    }
  }
}

function connect(): Promise<void> {
  connecting ??= (async () => {
    const client = new pg.Client({ connectionString: env().DATABASE_URL, application_name: "rapport-inbox-listen" });
    client.on("notification", (message) => {
      if (message.channel === INBOX_CHANNEL) deliver(message.payload);
    });
    client.on("error", (error) => {
      log.warn("inbox listener lost its connection; reconnecting", errorFields(error));
      reset(client);
    });
    client.on("end", () => reset(client));
    await client.connect();
    await client.query(`LISTEN ${INBOX_CHANNEL}`);
    listener = client;
  })().catch((error: unknown) => {
    log.warn("inbox listener could not connect; retrying", errorFields(error));
    connecting = undefined;
    scheduleReconnect();
  });
  return connecting;
}

function reset(client: pg.Client): void {
  if (listener !== client) return;
  listener = undefined;
  connecting = undefined;
  client.end().catch(() => undefined);
  scheduleReconnect();
}

function scheduleReconnect(): void {
  if (retryTimer || subscribers.size === 0) return;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    if (subscribers.size > 0) void connect();
  }, 2_000);
}

/**
 * Live inbox events for one agency (optionally only some clients), from Postgres NOTIFY on
 * `rapport_inbox`. One LISTEN connection per process, shared by every subscriber, opened on first use
 * and closed when the last subscriber leaves. Returns the unsubscribe function. Events are hints that
 * something changed (no content): the receiver re-reads what it shows through its own access checks.
 */
export async function subscribeInboxEvents(filter: InboxEventFilter, onEvent: (event: InboxEvent) => void): Promise<() => void> {
  const subscriber: Subscriber = { filter, onEvent };
  subscribers.add(subscriber);
  await connect();
  return () => {
    if (!subscribers.delete(subscriber)) return;
    if (subscribers.size === 0) {
      const client = listener;
      listener = undefined;
      connecting = undefined;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      client?.end().catch(() => undefined);
    }
  };
}
