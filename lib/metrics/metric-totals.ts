import { ratio } from "./definitions";

/** The additive counts of one daily_metrics row (or of any sum of rows). */
export type MetricCounts = {
  inboundMentions: number;
  inboundReplies: number;
  inboundQuotes: number;
  neededAnswer: number;
  answered: number;
  slaMet: number;
  slaBreached: number;
  ownOriginal: number;
  ownLink: number;
  ownReplies: number;
  ownReposts: number;
  ownQuotes: number;
  repliesGotReply: number;
  impressions: number;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  bookmarks: number;
};

export const COUNT_KEYS = [
  "inboundMentions",
  "inboundReplies",
  "inboundQuotes",
  "neededAnswer",
  "answered",
  "slaMet",
  "slaBreached",
  "ownOriginal",
  "ownLink",
  "ownReplies",
  "ownReposts",
  "ownQuotes",
  "repliesGotReply",
  "impressions",
  "likes",
  "reposts",
  "replies",
  "quotes",
  "bookmarks",
] as const satisfies readonly (keyof MetricCounts)[];

export function emptyCounts(): MetricCounts {
  return Object.fromEntries(COUNT_KEYS.map((key) => [key, 0])) as MetricCounts;
}

export function addCounts(into: MetricCounts, add: MetricCounts): MetricCounts {
  for (const key of COUNT_KEYS) into[key] += add[key];
  return into;
}

export function sumCounts(rows: readonly MetricCounts[]): MetricCounts {
  return rows.reduce((sum, row) => addCounts(sum, row), emptyCounts());
}

/** What the report shows, derived from counts by the formulas in definitions.ts. */
export type DerivedMetrics = {
  inbound: number;
  unanswered: number;
  responseRate: number | null;
  slaMetRate: number | null;
  ownTotal: number;
  interactions: number;
  interactionRatio: number | null;
  reciprocity: number | null;
  engagements: number;
  engagementRate: number | null;
};

export function deriveMetrics(c: MetricCounts): DerivedMetrics {
  const ownTotal = c.ownOriginal + c.ownLink + c.ownReplies + c.ownReposts + c.ownQuotes;
  const interactions = c.ownReplies + c.ownReposts + c.ownQuotes;
  const engagements = c.likes + c.reposts + c.replies + c.quotes + c.bookmarks;
  return {
    inbound: c.inboundMentions + c.inboundReplies + c.inboundQuotes,
    unanswered: c.neededAnswer - c.answered,
    responseRate: ratio(c.answered, c.neededAnswer),
    slaMetRate: ratio(c.slaMet, c.slaMet + c.slaBreached),
    ownTotal,
    interactions,
    interactionRatio: ratio(interactions, ownTotal),
    reciprocity: ratio(c.repliesGotReply, c.ownReplies),
    engagements,
    engagementRate: ratio(engagements, c.impressions),
  };
}
