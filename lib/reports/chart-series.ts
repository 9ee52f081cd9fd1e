import { RESPONSE_BUCKETS, ratio } from "@/lib/metrics/definitions";
import { deriveMetrics } from "@/lib/metrics/metric-totals";
import type { DailyFigures, MonthlyReport } from "./report-types";

// The report's chart data, shaped once for the page's Recharts charts and the PDF's drawings.

/** "14" for "2026-10-14": the x-axis label of a day. */
export const dayLabel = (date: string) => String(Number(date.slice(8, 10)));

export type InboundPoint = { date: string; label: string; inbound: number; answered: number; unanswered: number };

export function inboundSeries(daily: readonly DailyFigures[]): InboundPoint[] {
  return daily.map((d) => {
    const inbound = d.inboundMentions + d.inboundReplies + d.inboundQuotes;
    return { date: d.date, label: dayLabel(d.date), inbound, answered: d.answered, unanswered: d.neededAnswer - d.answered };
  });
}

export type BucketPoint = { label: string; count: number; withinTarget: boolean };

export function responseDistribution(report: MonthlyReport): BucketPoint[] {
  const target = report.client.slaMinutes * 60;
  return RESPONSE_BUCKETS.map((bucket, i) => ({
    label: bucket.label,
    count: report.responseBuckets[i] ?? 0,
    withinTarget: bucket.upTo <= target,
  }));
}

export type MixPoint = { date: string; label: string; original: number; link: number; replies: number; reposts: number; quotes: number; ratio: number | null };

/** Own posts per day by type, with the interaction ratio over the 7 days ending that day (days are noisy). */
export function postMixSeries(daily: readonly DailyFigures[]): MixPoint[] {
  return daily.map((d, i) => {
    const week = daily.slice(Math.max(0, i - 6), i + 1);
    const interactions = week.reduce((s, w) => s + w.ownReplies + w.ownReposts + w.ownQuotes, 0);
    const total = week.reduce((s, w) => s + deriveMetrics(w).ownTotal, 0);
    return {
      date: d.date,
      label: dayLabel(d.date),
      original: d.ownOriginal,
      link: d.ownLink,
      replies: d.ownReplies,
      reposts: d.ownReposts,
      quotes: d.ownQuotes,
      ratio: ratio(interactions, total),
    };
  });
}

export type FollowerPoint = { date: string; label: string; followers: number };

export function followerSeries(daily: readonly DailyFigures[]): FollowerPoint[] {
  return daily.flatMap((d) => (d.followers === null ? [] : [{ date: d.date, label: dayLabel(d.date), followers: d.followers }]));
}

export type EngagementPoint = { date: string; label: string; likes: number; reposts: number; replies: number; quotes: number; bookmarks: number; impressions: number };

export function engagementSeries(daily: readonly DailyFigures[]): EngagementPoint[] {
  return daily.map((d) => ({
    date: d.date,
    label: dayLabel(d.date),
    likes: d.likes,
    reposts: d.reposts,
    replies: d.replies,
    quotes: d.quotes,
    bookmarks: d.bookmarks,
    impressions: d.impressions,
  }));
}

export function hasAny<T>(points: readonly T[], value: (point: T) => number): boolean {
  return points.some((p) => value(p) > 0);
}
