import { Document, Page, Text, View } from "@react-pdf/renderer";
import { deriveMetrics } from "@/lib/metrics/metric-totals";
import { engagementSeries, followerSeries, inboundSeries, postMixSeries, responseDistribution } from "../chart-series";
import { formatCompact, formatCount, formatDuration, formatPercent } from "../format";
import { headlineCards } from "../headline-cards";
import type { MonthlyReport } from "../report-types";
import { DailyBars, DailyLine, HorizontalBars, ShareBar } from "./pdf-charts";
import { Block, Cards, Header, HowWeCount, Legend, Summary, TopLists, Usage } from "./pdf-sections";
import { COLORS, CONTENT_WIDTH, pdfText, styles } from "./pdf-style";

const HALF = (CONTENT_WIDTH - 16) / 2;

/** The monthly report on paper: the same sections, numbers and wording as the page. */
export function ReportDocument({ report }: { report: MonthlyReport }) {
  const c = report.current;
  const derived = deriveMetrics(c);
  const inbound = inboundSeries(report.daily);
  const mix = postMixSeries(report.daily);
  const followers = followerSeries(report.daily);
  const engagement = engagementSeries(report.daily);
  const labels = report.daily.map((d) => String(Number(d.date.slice(8))));
  const title = `${report.client.name}: ${report.monthLabel} report`;
  return (
    <Document title={pdfText(title)} author={pdfText(report.agencyName)} subject={pdfText(`Monthly engagement report for ${report.client.name}`)} creator="Rapport" producer="Rapport" language="en">
      <Page size="A4" style={styles.page}>
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) => pdfText(`${report.client.name} · ${report.monthLabel} · prepared by ${report.agencyName} with Rapport · page ${pageNumber} of ${totalPages}`)}
        />
        <Header report={report} />
        <Summary report={report} />
        <Cards cards={headlineCards(report)} />

        <Block title="Inbound and answered, per day" note={`${formatCount(derived.inbound)} inbound; ${formatCount(c.answered)} of ${formatCount(c.neededAnswer)} that needed an answer were answered.`}>
          <DailyBars
            width={CONTENT_WIDTH}
            height={110}
            labels={labels}
            series={[
              { key: "needed", color: COLORS.inbound, values: inbound.map((p) => p.answered + p.unanswered) },
              { key: "answered", color: COLORS.answered, values: inbound.map((p) => p.answered) },
            ]}
          />
          <Legend items={[{ label: "Needed an answer", color: COLORS.inbound }, { label: "Answered", color: COLORS.answered }]} />
        </Block>

        <View style={[styles.row, { gap: 16 }]} wrap={false}>
          <View style={{ width: HALF }}>
            <Block title="First response time" note={`Business time to the first answer; target ${formatDuration(report.client.slaMinutes * 60)}.`}>
              <HorizontalBars width={HALF} rows={responseDistribution(report).map((b) => ({ label: b.label, value: b.count, color: b.withinTarget ? COLORS.good : COLORS.warn }))} />
            </Block>
          </View>
          <View style={{ width: HALF }}>
            <Block title="What the brand posted" note={`Interaction ratio ${formatPercent(derived.interactionRatio)} of ${formatCount(derived.ownTotal)} posts.`}>
              <ShareBar
                width={HALF}
                parts={[
                  { key: "replies", value: c.ownReplies, color: COLORS.replies },
                  { key: "reposts", value: c.ownReposts, color: COLORS.reposts },
                  { key: "quotes", value: c.ownQuotes, color: COLORS.quotes },
                  { key: "original", value: c.ownOriginal, color: COLORS.original },
                  { key: "link", value: c.ownLink, color: COLORS.link },
                ]}
              />
              <Legend items={[{ label: `Replies ${c.ownReplies}`, color: COLORS.replies }, { label: `Reposts ${c.ownReposts}`, color: COLORS.reposts }, { label: `Quotes ${c.ownQuotes}`, color: COLORS.quotes }]} />
              <Legend items={[{ label: `Original ${c.ownOriginal}`, color: COLORS.original }, { label: `Links ${c.ownLink}`, color: COLORS.link }]} />
            </Block>
          </View>
        </View>

        <View style={[styles.row, { gap: 16 }]} wrap={false}>
          <View style={{ width: HALF }}>
            <Block title="Interaction ratio trend" note="Over the 7 days ending each day; the dashed line is 50%.">
              <DailyLine width={HALF} height={80} labels={labels} values={mix.map((p) => p.ratio)} color={COLORS.primary} percent />
            </Block>
          </View>
          <View style={{ width: HALF }}>
            <Block title="Followers" note={followers.length ? `${formatCompact(c.followers)} at the end of the month.` : "Recorded daily from the day an account is connected."}>
              {followers.length > 1 ? (
                <DailyLine width={HALF} height={80} labels={labels} values={report.daily.map((d) => d.followers)} color={COLORS.good} />
              ) : (
                <Text style={styles.muted}>Not enough history yet.</Text>
              )}
            </Block>
          </View>
        </View>

        <Block title="Engagement on own posts, per day" note={`${formatCompact(derived.engagements)} engagements on ${formatCompact(c.impressions)} impressions (${formatPercent(derived.engagementRate, 1)}).`}>
          <DailyBars
            width={CONTENT_WIDTH}
            height={90}
            stacked
            labels={labels}
            series={[
              { key: "likes", color: COLORS.primary, values: engagement.map((p) => p.likes) },
              { key: "reposts", color: COLORS.reposts, values: engagement.map((p) => p.reposts) },
              { key: "replies", color: COLORS.quotes, values: engagement.map((p) => p.replies + p.quotes) },
              { key: "bookmarks", color: COLORS.link, values: engagement.map((p) => p.bookmarks) },
            ]}
          />
          <Legend items={[{ label: "Likes", color: COLORS.primary }, { label: "Reposts", color: COLORS.reposts }, { label: "Replies and quotes", color: COLORS.quotes }, { label: "Bookmarks", color: COLORS.link }]} />
        </Block>

        <TopLists report={report} />
        <Usage report={report} />
        <HowWeCount report={report} />

      </Page>
    </Document>
  );
}
