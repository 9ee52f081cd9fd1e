import { rateBand, socialBand } from "@/lib/metrics/definitions";
import { deriveMetrics } from "@/lib/metrics/metric-totals";
import { type Change, describeChange, formatCompact, formatCount, formatDuration, formatPercent, formatSignedCount } from "./format";
import type { MonthlyReport, PeriodFigures } from "./report-types";

/** Which inbox view shows the conversations behind a number (see inboxDrillDown). */
export type DrillDown = { status: "open" | "done" | "all"; kind?: "mention" | "reply" | "quote"; sla?: "breached" };

export type HeadlineCard = {
  key: string;
  label: string;
  value: string;
  /** One line under the value: what it is made of. */
  detail: string;
  change: Change | null;
  tone: "good" | "warn" | "bad" | "neutral";
  drill?: DrillDown;
};

const RATE_TONE = { good: "good", fair: "warn", poor: "bad", none: "neutral" } as const;

const neutral = (change: Change | null): Change | null => (change && change.good !== null ? { ...change, good: null } : change);

const growthOf = (f: PeriodFigures | null) => (f && f.followers !== null && f.followersStart !== null ? f.followers - f.followersStart : null);

/** The headline cards, in reading order; the interaction ratio comes first because it is the question. */
export function headlineCards(report: MonthlyReport): HeadlineCard[] {
  const c = report.current;
  const p = report.previous;
  const now = deriveMetrics(c);
  const before = p ? deriveMetrics(p) : null;
  const target = report.client.slaMinutes * 60;
  const band = socialBand(now.interactionRatio);
  const median = c.medianFirstResponseSeconds;
  return [
    {
      key: "interactionRatio",
      label: "Interaction ratio",
      value: formatPercent(now.interactionRatio),
      detail: `${formatCount(now.interactions)} of ${formatCount(now.ownTotal)} posts were replies, reposts or quotes`,
      change: describeChange(now.interactionRatio, before?.interactionRatio ?? null, "share"),
      tone: band === "social" ? "good" : band === "mixed" ? "warn" : band === "broadcasting" ? "bad" : "neutral",
    },
    {
      key: "responseRate",
      label: "Response rate",
      value: formatPercent(now.responseRate),
      detail: now.unanswered > 0 ? `${formatCount(now.unanswered)} of ${formatCount(c.neededAnswer)} left unanswered` : `${formatCount(c.answered)} answered`,
      change: describeChange(now.responseRate, before?.responseRate ?? null, "share"),
      tone: RATE_TONE[rateBand(now.responseRate) ?? "none"],
      drill: { status: "open" },
    },
    {
      key: "firstResponse",
      label: "Median first response",
      value: formatDuration(median),
      detail: `p90 ${formatDuration(c.p90FirstResponseSeconds)} · business hours`,
      change: describeChange(median, p?.medianFirstResponseSeconds ?? null, "duration", false),
      tone: median === null ? "neutral" : median <= target ? "good" : median <= target * 2 ? "warn" : "bad",
    },
    {
      key: "slaMet",
      label: "SLA met",
      value: formatPercent(now.slaMetRate),
      detail: `${formatCount(c.slaBreached)} missed the ${formatDuration(target)} target`,
      change: describeChange(now.slaMetRate, before?.slaMetRate ?? null, "share"),
      tone: RATE_TONE[rateBand(now.slaMetRate) ?? "none"],
      drill: { status: "all", sla: "breached" },
    },
    {
      key: "inbound",
      label: "Inbound",
      value: formatCompact(now.inbound),
      detail: `${formatCount(c.inboundMentions)} mentions · ${formatCount(c.inboundReplies)} replies · ${formatCount(c.inboundQuotes)} quotes`,
      // More (or fewer) people writing is news, not a grade.
      change: neutral(describeChange(now.inbound, before?.inbound ?? null, "count")),
      tone: "neutral",
      drill: { status: "all" },
    },
    {
      key: "reciprocity",
      label: "Reciprocity",
      value: formatPercent(now.reciprocity),
      detail: `${formatCount(c.repliesGotReply)} of ${formatCount(c.ownReplies)} replies got a reply back`,
      change: describeChange(now.reciprocity, before?.reciprocity ?? null, "share"),
      tone: now.reciprocity === null ? "neutral" : now.reciprocity >= 0.25 ? "good" : "neutral",
    },
    {
      key: "engagementRate",
      label: "Engagement rate",
      value: formatPercent(now.engagementRate, 1),
      detail: `${formatCompact(now.engagements)} engagements on ${formatCompact(c.impressions)} impressions`,
      change: describeChange(now.engagementRate, before?.engagementRate ?? null, "share"),
      tone: "neutral",
    },
    {
      key: "followers",
      label: "Followers",
      value: formatCompact(c.followers),
      detail: growthOf(report.current) === null ? "Recorded daily from the day an account is connected" : `${formatSignedCount(growthOf(report.current))} this month`,
      change: describeChange(c.followers, p?.followers ?? null, "count"),
      tone: (growthOf(report.current) ?? 0) > 0 ? "good" : "neutral",
    },
  ];
}
