import { accessTokenOf, type XAuth } from "./auth";
import { callX, type XCallOptions } from "./call-x";
import { userClient } from "./client";
import { billedPostList, postQuery, toPostPage } from "./fields";
import { postListSchema } from "./schemas";
import type { XPostPage } from "./types";

export const USER_POSTS_ENDPOINT = "GET /2/users/:id/tweets";

export type UserPostsPageInput = {
  userId: string;
  sinceId?: string;
  paginationToken?: string;
  maxResults?: number;
  /** Ask for private metrics too: only for the token owner's own timeline. */
  ownMetrics?: boolean;
};

/** One page of an account's own posts (X keeps the 3,200 most recent reachable), newest first. */
export async function getUserPostsPage(auth: XAuth, input: UserPostsPageInput, options?: XCallOptions): Promise<XPostPage> {
  const { data } = await callX({
    client: userClient(accessTokenOf(auth)),
    method: "GET",
    endpoint: USER_POSTS_ENDPOINT,
    path: `users/${encodeURIComponent(input.userId)}/tweets`,
    query: {
      ...postQuery(input.ownMetrics ?? false),
      max_results: input.maxResults ?? 100,
      since_id: input.sinceId,
      pagination_token: input.paginationToken,
    },
    schema: postListSchema,
    billed: billedPostList,
    options,
  });
  return toPostPage(data);
}
