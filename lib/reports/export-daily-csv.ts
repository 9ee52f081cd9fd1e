import { deriveMetrics } from "@/lib/metrics/metric-totals";
import { type CsvValue, minutes, share, toCsv } from "./csv";
import type { DailyFigures, MonthlyReport } from "./report-types";

type Column = [header: string, value: (day: DailyFigures) => CsvValue];

const COLUMNS: Column[] = [
  ["date", (d) => d.date],
  ["inbound_mentions", (d) => d.inboundMentions],
  ["inbound_replies", (d) => d.inboundReplies],
  ["inbound_quotes", (d) => d.inboundQuotes],
  ["inbound_total", (d) => deriveMetrics(d).inbound],
  ["needed_answer", (d) => d.neededAnswer],
  ["answered", (d) => d.answered],
  ["unanswered", (d) => deriveMetrics(d).unanswered],
  ["response_rate", (d) => share(deriveMetrics(d).responseRate)],
  ["median_first_response_business_minutes", (d) => minutes(d.medianFirstResponseSeconds)],
  ["p90_first_response_business_minutes", (d) => minutes(d.p90FirstResponseSeconds)],
  ["sla_met", (d) => d.slaMet],
  ["sla_breached", (d) => d.slaBreached],
  ["sla_met_rate", (d) => share(deriveMetrics(d).slaMetRate)],
  ["own_original", (d) => d.ownOriginal],
  ["own_link", (d) => d.ownLink],
  ["own_replies", (d) => d.ownReplies],
  ["own_reposts", (d) => d.ownReposts],
  ["own_quotes", (d) => d.ownQuotes],
  ["own_total", (d) => deriveMetrics(d).ownTotal],
  ["interaction_ratio", (d) => share(deriveMetrics(d).interactionRatio)],
  ["replies_got_reply", (d) => d.repliesGotReply],
  ["reciprocity", (d) => share(deriveMetrics(d).reciprocity)],
  ["impressions", (d) => d.impressions],
  ["likes", (d) => d.likes],
  ["reposts", (d) => d.reposts],
  ["replies", (d) => d.replies],
  ["quotes", (d) => d.quotes],
  ["bookmarks", (d) => d.bookmarks],
  ["engagements", (d) => deriveMetrics(d).engagements],
  ["engagement_rate", (d) => share(deriveMetrics(d).engagementRate)],
  ["followers", (d) => d.followers],
];

/**
 * One row per day of the report (the client's local days) with every metric, from the report itself,
 * so a frozen month's CSV matches its frozen page. X usage columns (UTC days, as X bills) are added
 * for agency people, who are the only ones whose report carries usage.
 */
export function exportDailyCsv(report: MonthlyReport): string {
  const usage = report.usage ? new Map(report.usage.byDay.map((u) => [u.date, u])) : null;
  const header = COLUMNS.map(([name]) => name);
  if (usage) header.push("x_api_calls", "x_api_cost_usd");
  const rows = report.daily.map((day) => {
    const row = COLUMNS.map(([, value]) => value(day));
    if (usage) {
      const u = usage.get(day.date);
      row.push(u?.calls ?? 0, u ? Math.round(u.costMicros / 10_000) / 100 : 0);
    }
    return row;
  });
  return toCsv(header, rows);
}
