import { accessTokenOf, type XAuth } from "./auth";
import { callX, type XCallOptions } from "./call-x";
import { userClient } from "./client";
import { repostSchema } from "./schemas";

export const REPOST_ENDPOINT = "POST /2/users/:id/retweets";

/** Reposts a post as the account (`userId` must be the token's own account). */
export async function repost(auth: XAuth, input: { userId: string; postId: string }, options?: XCallOptions): Promise<{ reposted: boolean }> {
  const { data } = await callX({
    client: userClient(accessTokenOf(auth)),
    method: "POST",
    endpoint: REPOST_ENDPOINT,
    path: `users/${encodeURIComponent(input.userId)}/retweets`,
    body: { tweet_id: input.postId },
    schema: repostSchema,
    options,
  });
  return { reposted: data.data.retweeted ?? data.data.reposted ?? false };
}
