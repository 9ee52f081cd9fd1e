import { can } from "@/lib/auth/authorize";
import { defineRoute } from "@/lib/http/define-route";
import { subscribeInboxEvents, type InboxEvent } from "@/lib/sync";

export const dynamic = "force-dynamic";

// Proxies and load balancers close a silent connection; a comment line every 25 s keeps it open.
const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events for open inboxes: "inbox" events name the conversations that gained posts, only for
 * clients the signed-in person may work. Events carry ids, never content: the page re-reads what it
 * shows through its own access checks. Client viewers (no inbox) get 404 like anything they may not see.
 */
export const GET = defineRoute("inbox stream", async (request, { actor }) => {
  if (!can(actor, "inbox.view")) return new Response(JSON.stringify({ error: "Not found" }), { status: 404, headers: { "content-type": "application/json" } });
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = await subscribeInboxEvents({ agencyId: actor.agencyId, clientIds: actor.clients }, (event: InboxEvent) => {
        send(`event: inbox\ndata: ${JSON.stringify({ clientId: event.clientId, accountId: event.accountId, conversationIds: event.conversationIds, count: event.count })}\n\n`);
      });
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      let closed = false;
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      request.signal.addEventListener("abort", () => cleanup(), { once: true });
      send("retry: 5000\n\n");
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
});
