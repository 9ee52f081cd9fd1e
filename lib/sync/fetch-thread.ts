import { searchConversation, SEARCH_ENDPOINT } from "@/lib/x";
import { throwIfAborted, type RunContext } from "./run-context";
import { writePage } from "./write-page";

const MAX_PAGES = 5;

/**
 * A whole thread from recent search (conversation_id:…, last 7 days), for a conversation whose inbound
 * item arrived without its parent. Whatever in it is the brand's or addressed to the brand is stored; the
 * rest is other people's conversation, which the inbox can show from X on demand.
 */
export async function fetchThread(ctx: RunContext, xConversationId: string): Promise<number> {
  let token: string | undefined;
  let newItems = 0;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    throwIfAborted(ctx.signal);
    const page = await ctx.session.call(SEARCH_ENDPOINT, (auth, o) => searchConversation(auth, { conversationId: xConversationId, nextToken: token }, o));
    newItems += (await writePage(ctx.account, ctx.session, page)).newPosts;
    token = page.nextToken ?? undefined;
    if (!token) break;
  }
  return newItems;
}
