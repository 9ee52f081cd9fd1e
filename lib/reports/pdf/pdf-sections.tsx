import { Link, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { metricDefinitions } from "@/lib/metrics/definitions";
import { formatCompact, formatCount, formatDateTime, formatDuration, formatUsd } from "../format";
import type { HeadlineCard } from "../headline-cards";
import type { MonthlyReport } from "../report-types";
import { COLORS, CONTENT_WIDTH, pdfText, styles } from "./pdf-style";

const TONE = {
  good: { fg: COLORS.good, bg: COLORS.goodSoft },
  warn: { fg: COLORS.warn, bg: COLORS.warnSoft },
  bad: { fg: COLORS.bad, bg: COLORS.badSoft },
  neutral: { fg: COLORS.text, bg: COLORS.panel },
} as const;

export function Header({ report }: { report: MonthlyReport }) {
  const status = report.status === "final" ? "Final report" : report.status === "ended" ? "Month ended, not yet frozen" : "Live: month in progress";
  return (
    <View style={{ borderBottomWidth: 3, borderColor: report.client.color, paddingBottom: 10, marginBottom: 12 }}>
      <Text style={[styles.small, { textTransform: "uppercase", letterSpacing: 1 }]}>{pdfText(`${report.agencyName} · Monthly engagement report`)}</Text>
      <Text style={[styles.h1, { marginTop: 6, lineHeight: 1.15 }]}>{pdfText(report.client.name)}</Text>
      <View style={[styles.row, { justifyContent: "space-between", alignItems: "flex-end", marginTop: 4 }]}>
        <Text style={{ fontSize: 12, color: COLORS.muted }}>{report.monthLabel}</Text>
        <Text style={styles.small}>{pdfText(`${status} · ${report.client.timezone} · generated ${formatDateTime(report.generatedAt, report.client.timezone)}`)}</Text>
      </View>
    </View>
  );
}

// Texts beside something else get explicit widths: react-pdf measures a flex: 1 text at zero width,
// and with a line height that turns every character into a line.
export function Summary({ report }: { report: MonthlyReport }) {
  const tone = report.summary.band === "social" ? TONE.good : report.summary.band === "broadcasting" ? TONE.bad : report.summary.band === "mixed" ? TONE.warn : TONE.neutral;
  return (
    <View style={{ backgroundColor: tone.bg, borderRadius: 4, padding: 10 }} wrap={false}>
      <Text style={[styles.bold, { fontSize: 11.5, color: tone.fg }]}>{pdfText(report.summary.headline)}</Text>
      {report.summary.points.map((point, i) => (
        <View key={i} style={[styles.row, { marginTop: 4 }]}>
          <Text style={{ width: 10, color: point.tone === "warn" ? COLORS.warn : point.tone === "good" ? COLORS.good : COLORS.muted }}>•</Text>
          <Text style={[styles.prose, { width: CONTENT_WIDTH - 20 - 10 }]}>{pdfText(point.text)}</Text>
        </View>
      ))}
    </View>
  );
}

export function Cards({ cards }: { cards: readonly HeadlineCard[] }) {
  const width = (CONTENT_WIDTH - 3 * 6) / 4;
  return (
    <View style={[styles.row, { flexWrap: "wrap", gap: 6, marginTop: 10 }]} wrap={false}>
      {cards.map((card) => {
        const tone = TONE[card.tone];
        return (
          <View key={card.key} style={{ width, borderWidth: 1, borderColor: COLORS.border, borderTopWidth: 3, borderTopColor: card.tone === "neutral" ? COLORS.border : tone.fg, borderRadius: 3, padding: 7 }}>
            <Text style={styles.small}>{card.label}</Text>
            <Text style={[styles.bold, { fontSize: 15, lineHeight: 1.1, marginTop: 4, marginBottom: 3, color: card.tone === "neutral" ? COLORS.text : tone.fg }]}>
              {pdfText(card.value)}
            </Text>
            <Text style={styles.smallProse}>{pdfText(card.detail)}</Text>
            <Text style={[styles.small, { marginTop: 2, color: card.change?.good === true ? COLORS.good : card.change?.good === false ? COLORS.bad : COLORS.muted }]}>
              {card.change ? pdfText(`${card.change.text} vs last month`) : "No previous month"}
            </Text>
          </View>
        );
      })}
    </View>
  );
}

export function Block({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <View style={styles.section} wrap={false}>
      <Text style={styles.h2}>{title}</Text>
      {note && <Text style={[styles.small, { marginTop: -4, marginBottom: 6 }]}>{pdfText(note)}</Text>}
      {children}
    </View>
  );
}

export function Legend({ items }: { items: readonly { label: string; color: string }[] }) {
  return (
    <View style={[styles.row, { gap: 10, marginTop: 4 }]}>
      {items.map((item) => (
        <View key={item.label} style={[styles.row, { alignItems: "center", gap: 3 }]}>
          <View style={{ width: 7, height: 7, backgroundColor: item.color }} />
          <Text style={styles.small}>{item.label}</Text>
        </View>
      ))}
    </View>
  );
}

type Column<T> = { title: string; width: number; align?: "right"; render: (row: T) => string; href?: (row: T) => string | null };

export function Table<T>({ rows, columns, empty }: { rows: readonly T[]; columns: readonly Column<T>[]; empty: string }) {
  if (rows.length === 0) return <Text style={styles.muted}>{empty}</Text>;
  return (
    <View>
      <View style={styles.tableHead}>
        {columns.map((c) => (
          <Text key={c.title} style={{ width: c.width, textAlign: c.align ?? "left" }}>
            {c.title}
          </Text>
        ))}
      </View>
      {rows.map((row, i) => (
        <View key={i} style={styles.tableRow} wrap={false}>
          {columns.map((c) => {
            const text = pdfText(c.render(row));
            const href = c.href?.(row);
            return (
              <Text key={c.title} style={{ width: c.width, textAlign: c.align ?? "left", paddingRight: 4 }}>
                {href ? (
                  <Link src={href} style={{ color: COLORS.primary, textDecoration: "none" }}>
                    {text}
                  </Link>
                ) : (
                  text
                )}
              </Text>
            );
          })}
        </View>
      ))}
    </View>
  );
}

const clip = (text: string | null, n: number) => (text ? (text.length > n ? `${text.slice(0, n - 1)}…` : text) : "");

export function TopLists({ report }: { report: MonthlyReport }) {
  const tz = report.client.timezone;
  return (
    <>
      <Block title="Top posts" note="The brand's own posts with the most engagements this month.">
        <Table
          rows={report.topPosts}
          empty="No own posts this month."
          columns={[
            { title: "Post", width: 300, render: (p) => clip(p.text, 90), href: (p) => p.url },
            { title: "Published", width: 80, render: (p) => formatDateTime(p.postedAt, tz) },
            { title: "Impressions", width: 70, align: "right", render: (p) => formatCompact(p.impressions) },
            { title: "Engagements", width: 73, align: "right", render: (p) => formatCount(p.engagements) },
          ]}
        />
      </Block>
      <Block title="Top conversations" note="Threads started this month with the most messages from both sides.">
        <Table
          rows={report.topConversations}
          empty="No conversations this month."
          columns={[
            { title: "Started by", width: 90, render: (c) => (c.username ? `@${c.username}` : "—"), href: (c) => c.url },
            { title: "First message", width: 215, render: (c) => clip(c.text, 70) },
            { title: "Messages", width: 55, align: "right", render: (c) => formatCount(c.inboundCount + c.brandReplies) },
            { title: "Brand replies", width: 63, align: "right", render: (c) => formatCount(c.brandReplies) },
            { title: "First response", width: 100, align: "right", render: (c) => (c.firstResponseAt ? formatDateTime(c.firstResponseAt, tz) : "Not answered") },
          ]}
        />
      </Block>
      <Block title="People who engaged most" note="Those who wrote to the brand most this month.">
        <Table
          rows={report.topPeople}
          empty="Nobody wrote to the brand this month."
          columns={[
            { title: "Person", width: 260, render: (p) => `${p.name} (@${p.username})`, href: (p) => p.url },
            { title: "Posts to the brand", width: 130, align: "right", render: (p) => formatCount(p.items) },
            { title: "Threads answered", width: 133, align: "right", render: (p) => formatCount(p.answered) },
          ]}
        />
      </Block>
    </>
  );
}

export function Usage({ report }: { report: MonthlyReport }) {
  const usage = report.usage;
  if (!usage) return null;
  return (
    <Block title="X API usage" note={`Estimated at X's pay-per-use prices: ${formatUsd(usage.costMicros)} for ${formatCount(usage.calls)} calls and ${formatCount(usage.items)} billed items.`}>
      <Table
        rows={usage.byEndpoint}
        empty="No X API calls this month."
        columns={[
          { title: "Endpoint", width: 220, render: (e) => e.endpoint },
          { title: "Calls", width: 100, align: "right", render: (e) => formatCount(e.calls) },
          { title: "Billed items", width: 100, align: "right", render: (e) => formatCount(e.items) },
          { title: "Estimated cost", width: 103, align: "right", render: (e) => formatUsd(e.costMicros) },
        ]}
      />
    </Block>
  );
}

export function HowWeCount({ report }: { report: MonthlyReport }) {
  return (
    <View style={styles.section}>
      <Text style={styles.h2}>How we count</Text>
      {metricDefinitions(formatDuration(report.client.slaMinutes * 60)).map((d) => (
        <View key={d.key} style={[styles.row, { marginBottom: 4 }]} wrap={false}>
          <Text style={[styles.bold, { width: 128, paddingRight: 8 }]}>{d.term}</Text>
          <Text style={[styles.prose, { width: CONTENT_WIDTH - 128, color: COLORS.muted }]}>{pdfText(d.definition)}</Text>
        </View>
      ))}
    </View>
  );
}
