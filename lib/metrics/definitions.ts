// The one place that says what each engagement metric means. The reference predicates below are
// the definition; lib/metrics/rollup-sql.ts computes the same thing in SQL for speed, and the
// integration tests check the two agree over a simulated 90-day history. The texts are printed on
// every report ("How we count"), so a change here is a change people will read.
import type { PostKind } from "@/lib/db/generated/enums";

/** What the metrics need to know about one stored post (a row of `posts`). */
export type PostFacts = {
  xId: string;
  kind: PostKind;
  inbound: boolean;
  authorId: string;
  xConversationId: string | null;
  inReplyToXId: string | null;
  inReplyToUserId: string | null;
  repostedXId: string | null;
  hasLink: boolean;
  postedAt: Date;
};

/** X ids are decimal snowflakes: by (length, text) is by number, which is by time of posting. */
export function compareXIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "The brand" is every X account connected to the client, by X user id. */
export type BrandIds = ReadonlySet<string>;

/** An inbound item needs an answer unless the brand wrote it itself or it is a bare repost (no words to answer). */
export function needsAnswer(item: PostFacts, brand: BrandIds): boolean {
  return item.inbound && item.repostedXId === null && !brand.has(item.authorId);
}

/** A brand reply that continues the brand's own thread is content, not an answer to anyone. */
export function isSelfReply(post: PostFacts, brand: BrandIds): boolean {
  return post.kind === "OWN_REPLY" && post.inReplyToUserId !== null && brand.has(post.inReplyToUserId);
}

/**
 * Does this brand reply answer the inbound item? Yes when it replies to the item itself, or — in the
 * same X conversation — to a post that came after the item (so the brand had the item in front of it),
 * unless it merely continues the brand's own thread. Sent through Rapport or typed on X: both are posts.
 */
export function answersItem(reply: PostFacts, item: PostFacts, brand: BrandIds): boolean {
  if (reply.kind !== "OWN_REPLY" || reply.inReplyToXId === null) return false;
  if (reply.inReplyToXId === item.xId) return true;
  return (
    item.xConversationId !== null &&
    reply.xConversationId === item.xConversationId &&
    !isSelfReply(reply, brand) &&
    compareXIds(reply.inReplyToXId, item.xId) > 0
  );
}

/** When the brand first answered the item, or null. `ownPosts` are the same account's posts. */
export function firstAnswerAt(item: PostFacts, ownPosts: readonly PostFacts[], brand: BrandIds): Date | null {
  let first: Date | null = null;
  for (const post of ownPosts) {
    if (answersItem(post, item, brand) && (first === null || post.postedAt < first)) first = post.postedAt;
  }
  return first;
}

export type OwnCategory = "original" | "link" | "reply" | "repost" | "quote";

/** How a brand post counts in the mix; threads the brand continues count as original or link posts. */
export function ownCategory(post: PostFacts, brand: BrandIds): OwnCategory | null {
  if (post.inbound) return null;
  switch (post.kind) {
    case "OWN_REPOST":
      return "repost";
    case "OWN_QUOTE":
      return "quote";
    case "OWN_REPLY":
      if (!isSelfReply(post, brand)) return "reply";
      return post.hasLink ? "link" : "original";
    case "OWN_LINK":
      return "link";
    case "OWN_ORIGINAL":
      return "original";
    default:
      return null;
  }
}

/** A brand reply (to someone else) got a reply back when someone other than the brand replied to it. */
export function gotReplyBack(reply: PostFacts, allPosts: readonly PostFacts[], brand: BrandIds): boolean {
  return allPosts.some((p) => p.inReplyToXId === reply.xId && !brand.has(p.authorId));
}

/** Engagement is counted on the brand's own words; a repost's counts belong to the reposted post. */
export function countsForEngagement(post: PostFacts): boolean {
  return !post.inbound && post.kind !== "OWN_REPOST";
}

// ---------------------------------------------------------------- formulas

/** A share, or null when there is nothing to divide by (shown as "—", never as 0%). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Nearest-rank percentile of ascending values (PostgreSQL's percentile_disc): the median of 1,2,3,4 is 2. */
export function percentile(sortedAscending: readonly number[], p: number): number | null {
  if (sortedAscending.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sortedAscending.length));
  return sortedAscending[rank - 1] ?? null;
}

/** Interaction ratio bands, used by the summary and the colour of the headline card. */
export const SOCIAL_BANDS = { social: 0.5, mixed: 0.25 } as const;
export type SocialBand = "social" | "mixed" | "broadcasting";

export function socialBand(interactionRatio: number | null): SocialBand | null {
  if (interactionRatio === null) return null;
  if (interactionRatio >= SOCIAL_BANDS.social) return "social";
  if (interactionRatio >= SOCIAL_BANDS.mixed) return "mixed";
  return "broadcasting";
}

/** How a response rate or SLA-met share reads: at least `good` is good, below `fair` is a problem. */
export const RATE_BANDS = { good: 0.9, fair: 0.7 } as const;

export function rateBand(share: number | null): "good" | "fair" | "poor" | null {
  if (share === null) return null;
  return share >= RATE_BANDS.good ? "good" : share >= RATE_BANDS.fair ? "fair" : "poor";
}

/** First-response buckets for the distribution chart, in business seconds (upper bounds, inclusive). */
export const RESPONSE_BUCKETS: readonly { label: string; upTo: number }[] = [
  { label: "≤ 15 min", upTo: 15 * 60 },
  { label: "15–60 min", upTo: 60 * 60 },
  { label: "1–4 h", upTo: 4 * 3600 },
  { label: "4–8 h", upTo: 8 * 3600 },
  { label: "8–24 h", upTo: 24 * 3600 },
  { label: "> 24 h", upTo: Number.POSITIVE_INFINITY },
];

export function responseBucketIndex(seconds: number): number {
  const index = RESPONSE_BUCKETS.findIndex((bucket) => seconds <= bucket.upTo);
  return index === -1 ? RESPONSE_BUCKETS.length - 1 : index;
}

// ---------------------------------------------------------------- "How we count"

export type MetricDefinition = { key: string; term: string; definition: string };

/** The definitions printed on every report. `slaMinutes` makes the SLA line concrete for the client. */
export function metricDefinitions(slaLabel: string): MetricDefinition[] {
  return [
    {
      key: "inbound",
      term: "Inbound",
      definition:
        "Posts addressed to the brand on X: mentions of its account, replies to its posts and quotes of its posts. Each is counted on the day it was posted, in the client's time zone.",
    },
    {
      key: "needed",
      term: "Needed an answer",
      definition: "Every inbound post except those written by one of the brand's own connected accounts and bare reposts, which carry no words to answer.",
    },
    {
      key: "answered",
      term: "Answered",
      definition:
        "An inbound post the brand replied to — to the post itself, or later in the same thread (a reply to a post that came after it; the brand continuing its own thread does not count). Replies sent through Rapport and replies typed directly on X both count.",
    },
    { key: "responseRate", term: "Response rate", definition: "Answered ÷ needed an answer." },
    {
      key: "firstResponse",
      term: "First response time",
      definition:
        "Time from an inbound post to the brand's first answer, counted only in the client's business hours and time zone (nights, weekends and holidays do not count). Median: half were answered faster. p90: 9 in 10 were answered at least this fast.",
    },
    {
      key: "sla",
      term: "SLA met",
      definition: `Share of posts needing an answer that were answered within the target (${slaLabel} of business hours), among those whose target has come due: posts still inside their target are counted once they are answered or their time runs out.`,
    },
    {
      key: "ownPosts",
      term: "Own posts",
      definition:
        "The brand's posts, split into original posts, link broadcasts (original posts carrying a link), replies to other people, reposts and quotes. A post continuing the brand's own thread counts as original (or link) content, not as a reply.",
    },
    {
      key: "interactionRatio",
      term: "Interaction ratio",
      definition: `(Replies + reposts + quotes) ÷ all own posts: is the account social? From ${SOCIAL_BANDS.social * 100}% it mostly talks with people; below ${SOCIAL_BANDS.mixed * 100}% it mostly broadcasts.`,
    },
    { key: "reciprocity", term: "Reciprocity", definition: "Share of the brand's replies to other people that got a reply back from someone other than the brand." },
    {
      key: "engagement",
      term: "Engagement",
      definition:
        "Likes, reposts, replies, quotes and bookmarks on the brand's own posts (not its reposts of others), as last reported by X, counted on the day each post was published. Engagement rate = engagements ÷ impressions.",
    },
    {
      key: "followers",
      term: "Followers",
      definition: "The follower count Rapport records for each account every day; growth is the last count of the month minus the last count before it (or the month's first). History starts when Rapport starts observing an account.",
    },
    {
      key: "top",
      term: "Top posts, conversations and people",
      definition:
        "Top posts: own posts published this month with the most engagements. Top conversations: threads started this month with the most messages from both sides. People: those who wrote to the brand most this month.",
    },
    {
      key: "usage",
      term: "X API usage",
      definition: "Calls Rapport made to X for this client and the items X bills for, priced at X's pay-per-use rates; counted per UTC day, as X bills.",
    },
  ];
}
