import { NextResponse } from "next/server";
import { getLiveState } from "@/lib/conversations/get-live-state";
import { defineRoute } from "@/lib/http/define-route";
import { isUuid } from "@/lib/ids";

type Context = { params: Promise<{ conversationId: string }> };

// Polled every few seconds by an open conversation page. A route handler rather than a server action:
// Next runs a page's server actions one at a time, so a poll would hold up autosave and Send.
export const GET = defineRoute<Context>("conversation live state", async (request, { params, actor }) => {
  const { conversationId } = await params;
  const draftId = new URL(request.url).searchParams.get("draftId");
  const state = await getLiveState(actor, conversationId, draftId && isUuid(draftId) ? draftId : null);
  return NextResponse.json(state, { headers: { "cache-control": "no-store" } });
});
