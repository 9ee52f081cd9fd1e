import Link from "next/link";
import { SOCIAL_BANDS } from "@/lib/metrics/definitions";
import { deriveMetrics } from "@/lib/metrics/metric-totals";
import { engagementSeries, followerSeries, hasAny, inboundSeries, postMixSeries, responseDistribution } from "@/lib/reports/chart-series";
import { formatCompact, formatCount, formatDay, formatDuration, formatPercent, formatSignedCount } from "@/lib/reports/format";
import type { MonthlyReport } from "@/lib/reports/report-types";
import { ChartCard } from "./chart-card";
import { DailyBarsChart } from "./charts/daily-bars-chart";
import { DailyLineChart } from "./charts/daily-line-chart";
import { DistributionChart } from "./charts/distribution-chart";

const NO_ACTIVITY = "No activity this month";

/** The report's charts, each with its summary sentence and its numbers. */
export function ReportCharts({ report, dayHref }: { report: MonthlyReport; dayHref?: (date: string) => string }) {
  const c = report.current;
  const d = deriveMetrics(c);
  const inbound = inboundSeries(report.daily);
  const buckets = responseDistribution(report);
  const mix = postMixSeries(report.daily);
  const followers = followerSeries(report.daily);
  const engagement = engagementSeries(report.daily);
  const answeredTotal = buckets.reduce((s, b) => s + b.count, 0);
  const withinTarget = buckets.filter((b) => b.withinTarget).reduce((s, b) => s + b.count, 0);
  const target = formatDuration(report.client.slaMinutes * 60);
  const dayCell = (date: string) => (dayHref ? <Link href={dayHref(date)} className="text-primary hover:underline">{formatDay(date)}</Link> : formatDay(date));

  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
      <ChartCard
        id="inbound"
        className="lg:col-span-2"
        title="Inbound and answered, per day"
        summary={`${formatCount(d.inbound)} posts reached the brand; ${formatCount(c.answered)} of the ${formatCount(c.neededAnswer)} that needed an answer were answered (${formatPercent(d.responseRate)}).`}
        empty={!hasAny(inbound, (p) => p.inbound) && NO_ACTIVITY}
        table={{ caption: "Inbound and answered per day", columns: ["Day", "Inbound", "Answered", "Unanswered"], rows: inbound.map((p) => [dayCell(p.date), formatCount(p.inbound), formatCount(p.answered), formatCount(p.unanswered)]) }}
      >
        <DailyBarsChart
          data={inbound}
          title="Inbound and answered, per day"
          description="Stacked bars per day: answered posts, and posts that needed an answer but got none."
          series={[
            { key: "answered", label: "Answered", color: "primary" },
            { key: "unanswered", label: "Not answered", color: "needed" },
          ]}
        />
      </ChartCard>

      <ChartCard
        id="response"
        title="How fast the brand answered"
        summary={answeredTotal ? `Median ${formatDuration(c.medianFirstResponseSeconds)}, p90 ${formatDuration(c.p90FirstResponseSeconds)} of business time; ${formatPercent(withinTarget / answeredTotal)} of first answers came within the ${target} target.` : "No answers this month."}
        empty={answeredTotal === 0 && "No answers this month"}
        table={{ caption: "First answers by time to respond", columns: ["Business time to first answer", "First answers"], rows: buckets.map((b) => [b.label, formatCount(b.count)]) }}
      >
        <DistributionChart data={buckets} title="First response time distribution" description={`First answers per business-time bucket; green buckets are within the ${target} target.`} />
      </ChartCard>

      <ChartCard
        id="mix"
        title="What the brand posted"
        summary={`${formatCount(d.ownTotal)} posts: ${formatCount(c.ownReplies)} replies, ${formatCount(c.ownReposts)} reposts, ${formatCount(c.ownQuotes)} quotes, ${formatCount(c.ownOriginal)} original, ${formatCount(c.ownLink)} link broadcasts.`}
        empty={d.ownTotal === 0 && "The brand posted nothing this month"}
        table={{ caption: "Own posts per day by type", columns: ["Day", "Replies", "Reposts", "Quotes", "Original", "Links"], rows: mix.map((p) => [formatDay(p.date), p.replies, p.reposts, p.quotes, p.original, p.link].map(String)) }}
      >
        <DailyBarsChart
          data={mix}
          height={240}
          title="Own posts per day by type"
          description="Stacked bars per day: conversation (replies, reposts, quotes) at the bottom, broadcasts (original, links) on top."
          series={[
            { key: "replies", label: "Replies", color: "replies" },
            { key: "reposts", label: "Reposts", color: "reposts" },
            { key: "quotes", label: "Quotes", color: "quotes" },
            { key: "original", label: "Original", color: "original" },
            { key: "link", label: "Links", color: "link" },
          ]}
        />
      </ChartCard>

      <ChartCard
        id="ratio"
        title="Interaction ratio trend"
        summary={`${formatPercent(d.interactionRatio)} for the month. Each point covers the 7 days ending that day (fewer in the month's first week). From ${formatPercent(SOCIAL_BANDS.social)} the account mostly talks with people.`}
        empty={d.ownTotal === 0 && "The brand posted nothing this month"}
        table={{ caption: "Interaction ratio over 7 days", columns: ["Day", "Interaction ratio (7 days)"], rows: mix.map((p) => [formatDay(p.date), formatPercent(p.ratio)]) }}
      >
        <DailyLineChart data={mix} dataKey="ratio" name="Interaction ratio" color="primary" format="percent" title="Interaction ratio trend" description="Share of own posts that were replies, reposts or quotes, over the 7 days ending each day." reference={{ value: SOCIAL_BANDS.social, label: "Social" }} />
      </ChartCard>

      <ChartCard
        id="followers"
        title="Followers"
        summary={followers.length ? `${formatCompact(c.followers)} at the end of the month (${formatSignedCount(c.followers !== null && c.followersStart !== null ? c.followers - c.followersStart : null)}).` : "Rapport records followers daily from the day an account is connected."}
        empty={followers.length < 2 && "Not enough follower history yet"}
        table={{ caption: "Followers per day", columns: ["Day", "Followers"], rows: followers.map((p) => [formatDay(p.date), formatCount(p.followers)]) }}
      >
        <DailyLineChart data={followers} dataKey="followers" name="Followers" color="good" format="count" title="Followers over time" description="Follower count recorded each day, all of the client's accounts together." />
      </ChartCard>

      <ChartCard
        id="engagement"
        className="lg:col-span-2"
        title="Engagement on own posts, per day"
        summary={`${formatCompact(d.engagements)} engagements on ${formatCompact(c.impressions)} impressions: an engagement rate of ${formatPercent(d.engagementRate, 1)}. Counted on the day each post was published.`}
        empty={!hasAny(engagement, (p) => p.likes + p.reposts + p.replies + p.quotes + p.bookmarks) && NO_ACTIVITY}
        table={{
          caption: "Engagement on own posts per day",
          columns: ["Day", "Impressions", "Likes", "Reposts", "Replies", "Quotes", "Bookmarks"],
          rows: engagement.map((p) => [formatDay(p.date), ...[p.impressions, p.likes, p.reposts, p.replies, p.quotes, p.bookmarks].map(formatCount)]),
        }}
      >
        <DailyBarsChart
          data={engagement}
          title="Engagement on own posts per day"
          description="Stacked bars per day: likes, reposts, replies, quotes and bookmarks on the posts published that day."
          series={[
            { key: "likes", label: "Likes", color: "primary" },
            { key: "reposts", label: "Reposts", color: "reposts" },
            { key: "replies", label: "Replies", color: "quotes" },
            { key: "quotes", label: "Quotes", color: "original" },
            { key: "bookmarks", label: "Bookmarks", color: "link" },
          ]}
        />
      </ChartCard>
    </div>
  );
}
