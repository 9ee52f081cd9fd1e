"use client";

import { useEffect, useRef } from "react";

/** What the sync announces when it commits new items (app/api/inbox/stream, fed by Postgres NOTIFY). */
export type InboxStreamEvent = { agencyId: string; clientId: string; accountId: string; conversationIds: string[]; count: number };

const STREAM_URL = "/api/inbox/stream";
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 60_000;

function parseEvent(data: string): InboxStreamEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== "object" || value === null) return null;
    const event = value as Partial<InboxStreamEvent>;
    if (typeof event.clientId !== "string" || !Array.isArray(event.conversationIds)) return null;
    return {
      agencyId: String(event.agencyId ?? ""),
      clientId: event.clientId,
      accountId: String(event.accountId ?? ""),
      conversationIds: event.conversationIds.filter((id): id is string => typeof id === "string"),
      count: typeof event.count === "number" ? event.count : event.conversationIds.length,
    };
  } catch {
    return null;
  }
}

/**
 * Listens for new inbox items. Quiet by design: if the stream is missing or drops, it retries with
 * exponential backoff (1 s … 60 s, with jitter) and the inbox keeps working without live updates.
 * A browser's own EventSource retry covers network blips; an HTTP error closes it, so we retry ourselves.
 * `onOpen` runs on every (re)connection: items committed while no stream was open were announced to no one.
 */
export function useInboxStream(onEvent: (event: InboxStreamEvent) => void, onOpen?: () => void): void {
  const handler = useRef(onEvent);
  const opened = useRef(onOpen);
  useEffect(() => {
    handler.current = onEvent;
    opened.current = onOpen;
  }, [onEvent, onOpen]);

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_RETRY_MS;
    let stopped = false;

    const receive = (message: MessageEvent<string>) => {
      const event = parseEvent(message.data);
      if (event) handler.current(event);
    };
    const connect = () => {
      if (stopped) return;
      source = new EventSource(STREAM_URL);
      // Whatever was committed before the stream (re)opened was announced to no one here: the page catches up.
      source.onopen = () => {
        delay = FIRST_RETRY_MS;
        opened.current?.();
      };
      source.onmessage = receive;
      source.addEventListener("inbox", receive as EventListener);
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        timer = setTimeout(connect, delay + Math.random() * delay * 0.3);
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, []);
}
