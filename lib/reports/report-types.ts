import type { MetricCounts } from "@/lib/metrics/metric-totals";

// The monthly report as built, frozen (report_snapshots.data) and rendered (page, PDF, CSV).
// Plain JSON only: a frozen report must read back exactly as it was written.
//
// A frozen report is served as written whatever version built it (read-frozen-report.ts): a closed
// month never changes. So a field added in a later version must be optional here and rendered only
// when present, or given a neutral value in read-frozen-report.ts; snapshots written before it lack it.

/** The shape's version, stored in each snapshot; bump it when the shape changes. */
export const REPORT_VERSION = 1;

/** A month's figures: additive counts plus what needs the raw values (percentiles, followers). */
export type PeriodFigures = MetricCounts & {
  medianFirstResponseSeconds: number | null;
  p90FirstResponseSeconds: number | null;
  /** Followers at the end of the period (sum over accounts, last recorded value), or null if never recorded. */
  followers: number | null;
  /** Followers just before the period began (or its first recorded value). */
  followersStart: number | null;
};

export type DailyFigures = PeriodFigures & { date: string };

export type AccountFigures = PeriodFigures & { accountId: string; username: string };

export type TopPost = {
  url: string;
  username: string;
  kind: string;
  text: string;
  postedAt: string;
  impressions: number;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  bookmarks: number;
  engagements: number;
};

export type TopConversation = {
  /** Rapport's conversation id (conversations.id). */
  conversationId: string;
  url: string | null;
  username: string | null;
  name: string | null;
  text: string | null;
  startedAt: string;
  firstResponseAt: string | null;
  status: string;
  inboundCount: number;
  brandReplies: number;
  /**
   * The conversation in Rapport's inbox (`/inbox/<id>`), added when the report is read, only for a
   * reader who may open that inbox and only while the conversation still exists; never frozen.
   */
  inboxPath?: string;
};

export type TopPerson = { username: string; name: string; url: string; items: number; answered: number };

export type UsageFigures = {
  calls: number;
  items: number;
  costMicros: number;
  byEndpoint: { endpoint: string; calls: number; items: number; costMicros: number }[];
  /** Per UTC day, as X bills. */
  byDay: { date: string; calls: number; costMicros: number }[];
};

export type SummaryPoint = { tone: "good" | "warn" | "info"; text: string };

export type ReportSummary = { headline: string; band: "social" | "mixed" | "broadcasting" | "quiet"; points: SummaryPoint[] };

export type MonthlyReport = {
  /** REPORT_VERSION when built; a frozen report keeps the version it was frozen with. */
  version: number;
  agencyName: string;
  client: { id: string; name: string; color: string; timezone: string; slaMinutes: number };
  /** "2026-10" */
  month: string;
  monthLabel: string;
  /** Local dates, inclusive. */
  period: { from: string; to: string };
  /** live: the month is running; ended: over, computed on demand; final: frozen at month close. */
  status: "live" | "ended" | "final";
  generatedAt: string;
  frozenAt: string | null;
  accounts: AccountFigures[];
  current: PeriodFigures;
  /** The previous month as it was reported (its frozen snapshot when there is one). */
  previous: PeriodFigures | null;
  daily: DailyFigures[];
  /** Answered items per first-response bucket (RESPONSE_BUCKETS order). */
  responseBuckets: number[];
  topPosts: TopPost[];
  topConversations: TopConversation[];
  topPeople: TopPerson[];
  /** Null for people outside the agency: what X costs is the agency's business. */
  usage: UsageFigures | null;
  summary: ReportSummary;
};
