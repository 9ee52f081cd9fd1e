import type { RawPost, RawUser } from "./schemas";
import type { XPost, XPostMetrics, XUserProfile } from "./types";

function metricsOf(raw: RawPost): XPostMetrics | null {
  const m = raw.public_metrics;
  if (!m) return null;
  const privateImpressions = raw.non_public_metrics?.impression_count ?? raw.organic_metrics?.impression_count;
  return {
    impressions: privateImpressions ?? m.impression_count ?? 0,
    likes: m.like_count ?? 0,
    // Old clients read retweet_count, new ones repost_count; X sends both.
    reposts: m.repost_count ?? m.retweet_count ?? 0,
    replies: m.reply_count ?? 0,
    quotes: m.quote_count ?? 0,
    bookmarks: m.bookmark_count ?? 0,
  };
}

export function toPost(raw: RawPost): XPost {
  const refs = raw.referenced_tweets ?? [];
  const ref = (type: string) => refs.find((r) => r.type === type)?.id ?? null;
  const urls = raw.entities?.urls ?? [];
  return {
    id: raw.id,
    text: raw.text,
    authorId: raw.author_id,
    createdAt: new Date(raw.created_at),
    // A post that starts a thread is its own conversation.
    conversationId: raw.conversation_id ?? raw.id,
    inReplyToUserId: raw.in_reply_to_user_id ?? null,
    inReplyToPostId: ref("replied_to"),
    quotedPostId: ref("quoted"),
    repostedPostId: ref("retweeted"),
    mentionedUserIds: (raw.entities?.mentions ?? []).flatMap((m) => (m.id ? [m.id] : [])),
    hasLink: urls.length > 0,
    metrics: metricsOf(raw),
  };
}

export function toUser(raw: RawUser): XUserProfile {
  return {
    id: raw.id,
    username: raw.username,
    name: raw.name,
    description: raw.description ?? null,
    profileImageUrl: raw.profile_image_url ?? null,
    verified: raw.verified ?? false,
    followersCount: raw.public_metrics?.followers_count ?? 0,
    followingCount: raw.public_metrics?.following_count ?? 0,
  };
}
