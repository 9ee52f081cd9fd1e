import type { SimPost, SimUser } from './types';

const DAY_MS = 86_400_000;
const IMPRESSION_TAU_MS = 8 * 3_600_000;

export interface PostPublicMetrics {
  retweet_count: number;
  repost_count: number;
  reply_count: number;
  like_count: number;
  quote_count: number;
  bookmark_count: number;
  impression_count: number;
}

/** How much of its eventual audience a post has reached at a given age: fast at first, then flattening. */
function exposure(post: SimPost, now: number): number {
  const age = now - post.createdAt;
  if (age <= 0) return 0;
  return 1 - Math.exp(-age / IMPRESSION_TAU_MS);
}

export function postImpressions(post: SimPost, now: number): number {
  return Math.floor(post.reach * exposure(post, now));
}

export function postPublicMetrics(post: SimPost, now: number): PostPublicMetrics {
  const impressions = postImpressions(post, now);
  const likes = Math.floor(impressions * post.likeRate);
  const reposts = Math.floor(likes * post.repostRate) + post.repostCount;
  return {
    retweet_count: reposts,
    repost_count: reposts,
    reply_count: post.replyCount,
    like_count: likes,
    quote_count: post.quoteCount,
    bookmark_count: Math.floor(likes * 0.06),
    impression_count: impressions,
  };
}

export function postNonPublicMetrics(post: SimPost, now: number): Record<string, number> {
  const impressions = postImpressions(post, now);
  return {
    impression_count: impressions,
    url_link_clicks: post.urls.length ? Math.floor(impressions * 0.012) : 0,
    user_profile_clicks: Math.floor(impressions * 0.004),
    engagements: Math.floor(impressions * (post.likeRate * 1.6 + 0.005)),
  };
}

export function postOrganicMetrics(post: SimPost, now: number): Record<string, number> {
  const pub = postPublicMetrics(post, now);
  const np = postNonPublicMetrics(post, now);
  return {
    impression_count: pub.impression_count,
    like_count: pub.like_count,
    reply_count: pub.reply_count,
    retweet_count: pub.retweet_count,
    repost_count: pub.repost_count,
    url_link_clicks: np.url_link_clicks ?? 0,
    user_profile_clicks: np.user_profile_clicks ?? 0,
  };
}

export function userFollowers(user: SimUser, now: number): number {
  const growth = user.brand ? user.brand.growthPerDay : 0;
  const days = Math.max(0, (now - user.growthFrom) / DAY_MS);
  return Math.floor(user.followersBase * (1 + growth * days)) + user.followersBonus;
}

export function userPublicMetrics(user: SimUser, now: number): Record<string, number> {
  const posts = user.postsBefore + user.postCount;
  return {
    followers_count: userFollowers(user, now),
    following_count: user.following,
    tweet_count: posts,
    post_count: posts,
    listed_count: user.listed,
    like_count: user.likes,
    media_count: Math.floor(posts * 0.08),
  };
}
