import { accessTokenOf, type XAuth } from "./auth";
import { callX, type XCallOptions } from "./call-x";
import { userClient } from "./client";
import { XForbiddenError, XReplyNotAllowedError } from "./errors";
import { createdPostSchema } from "./schemas";

export const CREATE_POST_ENDPOINT = "POST /2/tweets";

const HAS_URL = /https?:\/\/\S/i;

/**
 * Replies to a post. Since February 2026 X refuses (403) a reply unless the parent's author summoned the
 * account (mentioned it or quoted it): that comes back as XReplyNotAllowedError, never retried.
 */
export async function postReply(auth: XAuth, input: { text: string; inReplyToPostId: string }, options?: XCallOptions): Promise<{ id: string; text: string }> {
  try {
    const { data } = await callX({
      client: userClient(accessTokenOf(auth)),
      method: "POST",
      endpoint: CREATE_POST_ENDPOINT,
      path: "tweets",
      body: { text: input.text, reply: { in_reply_to_tweet_id: input.inReplyToPostId } },
      schema: createdPostSchema,
      // X prices a link at $0.20 and a reply to someone who summoned the account at $0.010.
      billed: () => ({ postIds: [], userIds: [], created: HAS_URL.test(input.text) ? "post_with_url" : "summoned_reply" }),
      options,
    });
    return data.data;
  } catch (error) {
    if (error instanceof XForbiddenError) throw new XReplyNotAllowedError(error.message, error.endpoint, error.status);
    throw error;
  }
}
