import { accessTokenOf, type XAuth } from "./auth";
import { callX, type XCallOptions } from "./call-x";
import { userClient } from "./client";
import { billedPostList, postQuery, toPostPage } from "./fields";
import { postListSchema } from "./schemas";
import type { XPostPage } from "./types";

export const POSTS_LOOKUP_ENDPOINT = "GET /2/tweets";
export const MAX_IDS_PER_LOOKUP = 100;

/** Up to 100 posts by id (metrics refresh). Deleted or hidden ones are simply absent. */
export async function getPostsByIds(auth: XAuth, input: { ids: readonly string[]; ownMetrics?: boolean }, options?: XCallOptions): Promise<XPostPage> {
  if (input.ids.length === 0) return { posts: [], referencedPosts: [], users: [], nextToken: null };
  if (input.ids.length > MAX_IDS_PER_LOOKUP) throw new Error(`at most ${MAX_IDS_PER_LOOKUP} ids per lookup`);
  const { data } = await callX({
    client: userClient(accessTokenOf(auth)),
    method: "GET",
    endpoint: POSTS_LOOKUP_ENDPOINT,
    path: "tweets",
    // Metrics refresh needs no expansions: they would only add billed users and posts.
    query: { ids: input.ids.join(","), "tweet.fields": postQuery(input.ownMetrics ?? false)["tweet.fields"] },
    schema: postListSchema,
    billed: billedPostList,
    options,
  });
  return toPostPage(data);
}
