import { accessTokenOf, type XAuth } from "./auth";
import { callX, type XCallOptions } from "./call-x";
import { userClient } from "./client";
import { billedPostList, postQuery, toPostPage } from "./fields";
import { postListSchema } from "./schemas";
import type { XPostPage } from "./types";

export const SEARCH_ENDPOINT = "GET /2/tweets/search/recent";

export type SearchInput = {
  query: string;
  sinceId?: string;
  untilId?: string;
  nextToken?: string;
  /** 10–100. Search reaches back 7 days only. */
  maxResults?: number;
};

/** One page of recent search (last 7 days), newest first. */
export async function searchRecent(auth: XAuth, input: SearchInput, options?: XCallOptions): Promise<XPostPage> {
  const { data } = await callX({
    client: userClient(accessTokenOf(auth)),
    method: "GET",
    endpoint: SEARCH_ENDPOINT,
    path: "tweets/search/recent",
    query: {
      ...postQuery(),
      query: input.query,
      max_results: Math.max(10, input.maxResults ?? 100),
      since_id: input.sinceId,
      until_id: input.untilId,
      next_token: input.nextToken,
    },
    schema: postListSchema,
    billed: billedPostList,
    options,
  });
  return toPostPage(data);
}

/** A whole thread: every post of one conversation from the last 7 days, a page at a time. */
export function searchConversation(auth: XAuth, input: { conversationId: string; nextToken?: string }, options?: XCallOptions): Promise<XPostPage> {
  if (!/^\d+$/.test(input.conversationId)) throw new Error("conversation id must be an X id");
  return searchRecent(auth, { query: `conversation_id:${input.conversationId}`, nextToken: input.nextToken }, options);
}
