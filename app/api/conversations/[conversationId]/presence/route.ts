import { defineRoute } from "@/lib/http/define-route";
import { recordPresence } from "@/lib/presence/record-presence";

type Context = { params: Promise<{ conversationId: string }> };

// The page's heartbeat (every 10 s, and when its author starts or stops drafting). Also the target of
// navigator.sendBeacon on page hide, which posts text/plain: the body is read as text and parsed here.
export const POST = defineRoute<Context>("conversation presence", async (request, { params, actor }) => {
  const { conversationId } = await params;
  let body: { drafting?: unknown; leaving?: unknown } = {};
  try {
    body = JSON.parse((await request.text()) || "{}") as typeof body;
  } catch {
    body = {};
  }
  await recordPresence(actor, { conversationId, drafting: body.drafting === true, leaving: body.leaving === true });
  return new Response(null, { status: 204 });
});
