export type PostOrigin = 'history' | 'live' | 'api' | 'control';

export interface MentionEntity {
  start: number;
  end: number;
  username: string;
  id?: string;
}

export interface UrlEntity {
  start: number;
  end: number;
  url: string;
  expanded_url: string;
  display_url: string;
}

export interface HashtagEntity {
  start: number;
  end: number;
  tag: string;
}

export interface SimPost {
  id: string;
  createdAt: number;
  createdAtIso: string;
  authorId: string;
  text: string;
  conversationId: string;
  inReplyToPostId?: string;
  inReplyToUserId?: string;
  quotedPostId?: string;
  repostOfId?: string;
  mentions: MentionEntity[];
  urls: UrlEntity[];
  hashtags: HashtagEntity[];
  /** Impressions the post will reach once its audience has seen it; metrics grow towards this. */
  reach: number;
  /** Share of impressions that turn into likes. */
  likeRate: number;
  /** Reposts and bookmarks arrive as a fraction of likes. */
  repostRate: number;
  replyCount: number;
  quoteCount: number;
  repostCount: number;
  origin: PostOrigin;
  deleted: boolean;
  /** Bumped whenever counts or state change, so cached renderings know they are stale. */
  rev: number;
  lang: string;
  source: string;
}

export interface BrandPersonality {
  /** Probability the brand answers an inbound mention. */
  replyRate: number;
  /** Own posts per day. */
  postsPerDay: number;
  /** Share of own posts that carry a link. */
  linkShare: number;
  /** Inbound mentions per day (responsive brands draw more). */
  mentionsPerDay: number;
  repostsPerDay: number;
  quotesPerDay: number;
  /** Follower growth per day as a fraction of followers. */
  growthPerDay: number;
  /** Multiplier on the reach and engagement of the brand's posts. */
  engagement: number;
  topic: 'coffee' | 'support' | 'bikes' | 'health';
  site: string;
}

export interface SimUser {
  id: string;
  username: string;
  name: string;
  description: string;
  createdAt: number;
  createdAtIso: string;
  location?: string;
  url?: string;
  verified: boolean;
  verifiedType: 'blue' | 'business' | 'government' | 'none';
  followersBase: number;
  following: number;
  listed: number;
  likes: number;
  /** Posts made before the simulated window; the live count adds the world's posts. */
  postsBefore: number;
  postCount: number;
  /** Followers won in the world (replies draw followers); grows over time for brands. */
  followersBonus: number;
  kind: 'brand' | 'person' | 'created';
  brand?: BrandPersonality;
  /** Time from which follower growth is counted. */
  growthFrom: number;
  pinnedPostId?: string;
}
