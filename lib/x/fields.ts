import type { z } from "zod";
import { toPost, toUser } from "./convert";
import type { postListSchema } from "./schemas";
import type { XPostPage } from "./types";

// The fields Rapport asks X for. Every read asks for the same shape, so the sync can classify any
// post it sees (reply? quote? of whom? with a link?) without a second call.
export const POST_FIELDS = "created_at,conversation_id,in_reply_to_user_id,referenced_tweets,entities,public_metrics,author_id";
// Private metrics exist only for the viewer's own posts under 30 days old; older ones come back as
// partial errors, not failures.
export const OWN_POST_FIELDS = `${POST_FIELDS},non_public_metrics,organic_metrics`;
export const EXPANSIONS = "author_id,referenced_tweets.id";
export const USER_FIELDS = "public_metrics,profile_image_url,description,verified";

export function postQuery(ownMetrics = false): Record<string, string> {
  return { "tweet.fields": ownMetrics ? OWN_POST_FIELDS : POST_FIELDS, expansions: EXPANSIONS, "user.fields": USER_FIELDS };
}

type PostList = z.infer<typeof postListSchema>;

export function toPostPage(body: PostList): XPostPage {
  return {
    posts: (body.data ?? []).map(toPost),
    referencedPosts: (body.includes?.tweets ?? []).map(toPost),
    users: (body.includes?.users ?? []).map(toUser),
    nextToken: body.meta?.next_token ?? null,
  };
}

/** X bills every post and user a response carries, includes too. */
export function billedPostList(body: PostList) {
  return {
    postIds: [...(body.data ?? []), ...(body.includes?.tweets ?? [])].map((p) => p.id),
    userIds: (body.includes?.users ?? []).map((u) => u.id),
  };
}
