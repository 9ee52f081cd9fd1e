import { db } from "@/lib/db";
import { countsForEngagement, firstAnswerAt, gotReplyBack, needsAnswer, ownCategory, type PostFacts } from "@/lib/metrics/definitions";
import { emptyCounts, type MetricCounts } from "@/lib/metrics/metric-totals";
import { localDate } from "@/lib/reports/month";
import { businessHoursSchema } from "@/lib/sla/business-hours";
import { slaState } from "@/lib/sla/sla-state";

export type ExpectedDay = MetricCounts & { accountId: string; day: string; responseSeconds: number[]; topPostIds: string[] };

/**
 * The oracle: every daily_metrics row recomputed the slow, obvious way — raw posts loaded into
 * memory, the reference predicates of lib/metrics/definitions.ts applied item by item, business
 * time from lib/sla's businessMillisBetween and SLA outcomes from slaState. No SQL is shared with
 * refreshDailyMetrics, so agreement means the SQL says what the definitions say.
 */
export async function recomputeFromPosts(accountIds: string[], days: { from: string; to: string }, now: Date): Promise<Map<string, ExpectedDay>> {
  const accounts = await db.xAccount.findMany({
    where: { id: { in: accountIds } },
    select: { id: true, client: { select: { id: true, timezone: true, slaMinutes: true, businessHours: true, xAccounts: { select: { xUserId: true } } } } },
  });
  const out = new Map<string, ExpectedDay>();
  for (const account of accounts) {
    const client = account.client;
    const brand = new Set(client.xAccounts.map((a) => a.xUserId));
    const hours = businessHoursSchema.parse(client.businessHours);
    const rows = await db.post.findMany({
      where: { accountId: account.id },
      select: { id: true, xId: true, kind: true, inbound: true, authorId: true, xConversationId: true, inReplyToXId: true, inReplyToUserId: true, repostedXId: true, hasLink: true, postedAt: true, impressions: true, likes: true, reposts: true, replies: true, quotes: true, bookmarks: true },
    });
    const posts: (PostFacts & (typeof rows)[number])[] = rows;
    const own = posts.filter((p) => !p.inbound);
    const dayOf = (p: PostFacts) => localDate(p.postedAt, client.timezone);
    const rowFor = (day: string): ExpectedDay => {
      const key = `${account.id}/${day}`;
      let row = out.get(key);
      if (!row) out.set(key, (row = { ...emptyCounts(), accountId: account.id, day, responseSeconds: [], topPostIds: [] }));
      return row;
    };
    const engagementOf = (p: (typeof posts)[number]) => p.likes + p.reposts + p.replies + p.quotes + p.bookmarks;
    const candidates = new Map<string, (typeof posts)[number][]>();

    for (const p of posts) {
      const day = dayOf(p);
      if (day < days.from || day > days.to || day > localDate(now, client.timezone)) continue;
      const row = rowFor(day);
      if (p.inbound) {
        if (p.kind === "MENTION") row.inboundMentions++;
        if (p.kind === "REPLY") row.inboundReplies++;
        if (p.kind === "QUOTE") row.inboundQuotes++;
        if (!needsAnswer(p, brand)) continue;
        row.neededAnswer++;
        const answeredAt = firstAnswerAt(p, own, brand);
        const state = slaState({ receivedAt: p.postedAt, firstResponseAt: answeredAt, now, slaMinutes: client.slaMinutes, hours, timeZone: client.timezone });
        if (answeredAt) {
          row.answered++;
          row.responseSeconds.push(Math.round((state.businessMillisToFirstResponse ?? 0) / 1000));
        }
        if (state.status === "met") row.slaMet++;
        if (state.status === "breached") row.slaBreached++;
        continue;
      }
      const category = ownCategory(p, brand);
      if (category === "original") row.ownOriginal++;
      if (category === "link") row.ownLink++;
      if (category === "repost") row.ownReposts++;
      if (category === "quote") row.ownQuotes++;
      if (category === "reply") {
        row.ownReplies++;
        if (gotReplyBack(p, posts, brand)) row.repliesGotReply++;
      }
      if (countsForEngagement(p)) {
        row.impressions += p.impressions;
        row.likes += p.likes;
        row.reposts += p.reposts;
        row.replies += p.replies;
        row.quotes += p.quotes;
        row.bookmarks += p.bookmarks;
        const list = candidates.get(day) ?? [];
        list.push(p);
        candidates.set(day, list);
      }
    }
    for (const [day, list] of candidates) {
      list.sort((a, b) => engagementOf(b) - engagementOf(a) || b.impressions - a.impressions || a.postedAt.getTime() - b.postedAt.getTime() || (a.id < b.id ? -1 : 1));
      rowFor(day).topPostIds = list.slice(0, 5).map((p) => p.id);
    }
  }
  for (const row of out.values()) row.responseSeconds.sort((a, b) => a - b);
  return out;
}
