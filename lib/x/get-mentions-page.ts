import { accessTokenOf, type XAuth } from "./auth";
import { callX, type XCallOptions } from "./call-x";
import { userClient } from "./client";
import { billedPostList, postQuery, toPostPage } from "./fields";
import { postListSchema } from "./schemas";
import type { XPostPage } from "./types";

export const MENTIONS_ENDPOINT = "GET /2/users/:id/mentions";

export type MentionsPageInput = {
  userId: string;
  sinceId?: string;
  untilId?: string;
  paginationToken?: string;
  /** 5–100. X serves only the 800 most recent mentions, whatever the bounds. */
  maxResults?: number;
};

/** One page of the account's mentions timeline, newest first. */
export async function getMentionsPage(auth: XAuth, input: MentionsPageInput, options?: XCallOptions): Promise<XPostPage> {
  const { data } = await callX({
    client: userClient(accessTokenOf(auth)),
    method: "GET",
    endpoint: MENTIONS_ENDPOINT,
    path: `users/${encodeURIComponent(input.userId)}/mentions`,
    query: {
      ...postQuery(),
      max_results: input.maxResults ?? 100,
      since_id: input.sinceId,
      until_id: input.untilId,
      pagination_token: input.paginationToken,
    },
    schema: postListSchema,
    billed: billedPostList,
    options,
  });
  return toPostPage(data);
}
