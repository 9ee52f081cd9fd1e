// Plain objects lib/x returns: camelCase, dates as Dates, nothing of X's wire format.

export type XPostMetrics = {
  impressions: number;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  bookmarks: number;
};

export type XPost = {
  id: string;
  text: string;
  authorId: string;
  createdAt: Date;
  conversationId: string;
  inReplyToUserId: string | null;
  inReplyToPostId: string | null;
  quotedPostId: string | null;
  repostedPostId: string | null;
  mentionedUserIds: string[];
  hasLink: boolean;
  metrics: XPostMetrics | null;
};

export type XUserProfile = {
  id: string;
  username: string;
  name: string;
  description: string | null;
  profileImageUrl: string | null;
  verified: boolean;
  followersCount: number;
  followingCount: number;
};

export type XPostPage = {
  posts: XPost[];
  /** Posts the page's posts reference (parents, quoted posts), from `includes`. */
  referencedPosts: XPost[];
  users: XUserProfile[];
  nextToken: string | null;
};
