import { db } from "@/lib/db";
import { scoreItems } from "@/lib/metrics/score-items";
import { ALWAYS_OPEN, businessHoursSchema } from "@/lib/sla/business-hours";
import { offsetAt } from "@/lib/sla/list-offset-pieces";
import { minutes, toCsv } from "./csv";
import { type Month, monthSpan } from "./month";

// Conversations the month started, with where each stands now. A closed month serves the rows as
// they stood at its close instead (get-conversations-csv.ts): this runs then, and its output is frozen.
const CONVERSATIONS_SQL = `
SELECT c.id::text AS id, a.username AS account, u.username AS author, c.status::text AS status,
       c.first_inbound_at AS "receivedAt", c.first_response_at AS "firstResponseAt", c.last_inbound_at AS "lastInboundAt",
       c.inbound_count AS "inboundCount", c.own_reply_count AS "brandReplies", f.x_id AS "xId", f.text AS "firstText"
FROM conversations c
JOIN x_accounts a ON a.id = c.account_id
LEFT JOIN x_users u ON u.id = c.author_id
LEFT JOIN LATERAL (SELECT p.x_id, p.text FROM posts p WHERE p.conversation_id = c.id AND p.inbound ORDER BY p.posted_at LIMIT 1) f ON true
WHERE c.client_id = $1::uuid AND c.first_inbound_at >= $2 AND c.first_inbound_at < $3
ORDER BY c.first_inbound_at, c.id`;

type Row = {
  id: string;
  account: string;
  author: string | null;
  status: string;
  receivedAt: Date;
  firstResponseAt: Date | null;
  lastInboundAt: Date | null;
  inboundCount: number;
  brandReplies: number;
  xId: string | null;
  firstText: string | null;
};

const SLA_LABEL = { 1: "met", [-1]: "breached", 0: "pending" } as const;

/** ISO 8601 in the client's local time with its offset: unambiguous, and what people there read. */
export function isoLocal(at: Date, timeZone: string): string {
  const offset = offsetAt(timeZone, at.getTime());
  const local = new Date(at.getTime() + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset) / 60_000;
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * One row per conversation started in the month, as it stands at `now`: when it came in, the first
 * answer, status and replies. Callers serving a download go through getConversationsCsv.
 */
export async function exportConversationsCsv(clientId: string, month: Month, now = new Date()): Promise<string> {
  const client = await db.client.findUniqueOrThrow({ where: { id: clientId }, select: { timezone: true, slaMinutes: true, businessHours: true } });
  const span = monthSpan(month, client.timezone);
  const rows = (await db.$queryRawUnsafe(CONVERSATIONS_SQL, clientId, span.from, span.to)) as Row[];
  const hours = businessHoursSchema.safeParse(client.businessHours);
  const scores = scoreItems(
    rows.map((r) => ({ receivedAt: r.receivedAt.getTime(), answeredAt: r.firstResponseAt?.getTime() ?? null })),
    { hours: hours.success ? hours.data : ALWAYS_OPEN, timeZone: client.timezone, slaMinutes: client.slaMinutes, now: now.getTime() },
  );
  const tz = client.timezone;
  return toCsv(
    ["conversation_id", "account", "started_by", "first_message", "received_at", "first_response_at", "first_response_business_minutes", "sla", "status", "inbound_messages", "brand_replies", "last_inbound_at", "url"],
    rows.map((r, i) => {
      const score = scores[i];
      return [
        r.id,
        r.account,
        r.author,
        r.firstText,
        isoLocal(r.receivedAt, tz),
        r.firstResponseAt ? isoLocal(r.firstResponseAt, tz) : null,
        minutes(score?.responseSeconds ?? null),
        score ? SLA_LABEL[score.sla] : null,
        r.status.toLowerCase(),
        r.inboundCount,
        r.brandReplies,
        r.lastInboundAt ? isoLocal(r.lastInboundAt, tz) : null,
        r.xId && r.author ? `https://x.com/${r.author}/status/${r.xId}` : null,
      ];
    }),
  );
}
