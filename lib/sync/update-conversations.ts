import type { PostKind } from "@/lib/db/generated/enums";
import type { PgClient } from "./pg-pool";
import { slaDueAt } from "./sla-due";
import type { SyncAccount } from "./sync-account-context";
import { uuid7 } from "./uuid7";

/**
 * How old an inbound item may be, when the sync first stores it, and still ask for an answer. Connecting an
 * account imports its newest 800 mentions, often weeks of them: answering those now would be late and odd,
 * and as open items, all past their SLA, they would bury today's at the top of the queue. Older items are
 * history: stored, searchable, in the author's history and in reports (unanswered), but they neither open
 * a conversation nor start its SLA clock. Once stored, X's timelines never serve items this old again.
 */
export const ANSWERABLE_DAYS = 7;

/** The oldest instant an inbound item stored now may still be waiting since (see ANSWERABLE_DAYS). */
export const answerableSince = (now = Date.now()): Date => new Date(now - ANSWERABLE_DAYS * 86_400_000);

// New conversations are inserted complete (see ingest-posts): none of their posts can be stored yet (an
// inbound post always gets its conversation in the same transaction), so the page's items are exactly
// their new items. A conversation waits since its oldest answerable item; with none (first seen through
// the brand's own answer, or only items older than ANSWERABLE_DAYS) it starts DONE without a waiting
// time, and a later inbound item reopens it like any other, waiting since that item.
// Parameters $4–$13 are this CTE's; $1–$3 are agency, client and account.
export const NEW_CONVERSATIONS_CTE = `
INSERT INTO conversations (id, agency_id, client_id, account_id, x_conversation_id, author_id, status, done_at,
  latest_kind, latest_inbound_text, first_inbound_at, last_inbound_at, awaiting_since, sla_due_at, inbound_count, created_at, updated_at)
SELECT t.id, $1::uuid, $2::uuid, $3::uuid, t.x_conversation_id, t.author_id,
       CASE WHEN t.awaiting IS NULL THEN 'DONE' ELSE 'OPEN' END::"ConversationStatus", CASE WHEN t.awaiting IS NULL THEN now() END,
       t.latest_kind, t.latest_text, t.first_at, t.last_at, t.awaiting, t.due_at, t.inbound_count, now(), now()
FROM unnest($4::uuid[], $5::text[], $6::text[], $7::"PostKind"[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::int[])
  AS t(id, x_conversation_id, author_id, latest_kind, latest_text, first_at, last_at, awaiting, due_at, inbound_count)
ORDER BY t.x_conversation_id
ON CONFLICT (account_id, x_conversation_id) DO NOTHING
RETURNING id, x_conversation_id`;

export type ConversationItem = { xConversationId: string; inbound: boolean; xId: string; postedAt: Date; text: string; kind: PostKind; authorId: string };

type Summary = { first: ConversationItem | null; latest: ConversationItem | null; firstAnswerable: ConversationItem | null; count: number };

const later = (a: ConversationItem, b: ConversationItem) => a.postedAt > b.postedAt || (a.postedAt.getTime() === b.postedAt.getTime() && a.xId > b.xId);

/** The parameters ($4–$13) of NEW_CONVERSATIONS_CTE for the conversations these items belong to. */
export function newConversationParams(account: SyncAccount, items: readonly ConversationItem[], since: Date): unknown[] {
  const summaries = new Map<string, Summary>();
  for (const item of items) {
    const s = summaries.get(item.xConversationId) ?? { first: null, latest: null, firstAnswerable: null, count: 0 };
    if (item.inbound) {
      s.count += 1;
      if (!s.first || later(s.first, item)) s.first = item;
      if (!s.latest || later(item, s.latest)) s.latest = item;
      if (item.postedAt >= since && (!s.firstAnswerable || later(s.firstAnswerable, item))) s.firstAnswerable = item;
    }
    summaries.set(item.xConversationId, s);
  }
  const keys = [...summaries.keys()];
  const list = keys.map((k) => summaries.get(k) ?? { first: null, latest: null, firstAnswerable: null, count: 0 });
  return [
    keys.map(() => uuid7()),
    keys,
    list.map((s) => s.first?.authorId ?? null),
    list.map((s) => s.latest?.kind ?? null),
    list.map((s) => s.latest?.text ?? null),
    list.map((s) => s.first?.postedAt.toISOString() ?? null),
    list.map((s) => s.latest?.postedAt.toISOString() ?? null),
    list.map((s) => s.firstAnswerable?.postedAt.toISOString() ?? null),
    list.map((s) => (s.firstAnswerable ? slaDueAt(s.firstAnswerable.postedAt, account.client).toISOString() : null)),
    list.map((s) => s.count),
  ];
}

// New inbound items, aggregated per conversation. `unanswered_from` is the oldest new item posted after the
// brand's last answer, and recent enough to answer: it starts (or moves back) the SLA clock and reopens a
// closed conversation. The
// sla_due_at we computed for that instant is used when it is what the row ends up waiting since.
const INBOUND_SQL = `
WITH i AS (
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[], $5::"PostKind"[], $6::text[])
    AS t(conversation_id, x_id, posted_at, text, kind, author_id)
), due AS (
  SELECT * FROM unnest($7::uuid[], $8::timestamptz[], $9::timestamptz[]) AS d(conversation_id, since, due_at)
), agg AS (
  SELECT i.conversation_id, count(*)::int AS added, min(i.posted_at) AS first_at, max(i.posted_at) AS last_at,
         (array_agg(i.text ORDER BY i.posted_at DESC, i.x_id DESC))[1] AS latest_text,
         (array_agg(i.kind ORDER BY i.posted_at DESC, i.x_id DESC))[1] AS latest_kind,
         (array_agg(i.author_id ORDER BY i.posted_at, i.x_id))[1] AS first_author,
         min(i.posted_at) FILTER (WHERE (c.last_response_at IS NULL OR i.posted_at > c.last_response_at) AND i.posted_at >= $10) AS unanswered_from
  FROM i JOIN conversations c ON c.id = i.conversation_id
  GROUP BY i.conversation_id
), next AS (
  SELECT agg.*, CASE WHEN agg.unanswered_from IS NULL THEN c.awaiting_since ELSE LEAST(c.awaiting_since, agg.unanswered_from) END AS awaiting
  FROM agg JOIN conversations c ON c.id = agg.conversation_id
)
UPDATE conversations c SET
  inbound_count = c.inbound_count + n.added,
  first_inbound_at = LEAST(c.first_inbound_at, n.first_at),
  last_inbound_at = GREATEST(c.last_inbound_at, n.last_at),
  latest_inbound_text = CASE WHEN c.last_inbound_at IS NULL OR n.last_at >= c.last_inbound_at THEN n.latest_text ELSE c.latest_inbound_text END,
  latest_kind = CASE WHEN c.last_inbound_at IS NULL OR n.last_at >= c.last_inbound_at THEN n.latest_kind ELSE c.latest_kind END,
  author_id = CASE WHEN c.first_inbound_at IS NULL OR n.first_at < c.first_inbound_at THEN n.first_author ELSE c.author_id END,
  awaiting_since = n.awaiting,
  sla_due_at = CASE
    WHEN n.awaiting IS NULL THEN NULL
    WHEN n.awaiting IS NOT DISTINCT FROM c.awaiting_since THEN c.sla_due_at
    ELSE (SELECT d.due_at FROM due d WHERE d.conversation_id = c.id AND d.since = n.awaiting) END,
  status = CASE WHEN n.unanswered_from IS NOT NULL THEN 'OPEN'::"ConversationStatus" ELSE c.status END,
  snoozed_until = CASE WHEN n.unanswered_from IS NOT NULL THEN NULL ELSE c.snoozed_until END,
  done_at = CASE WHEN n.unanswered_from IS NOT NULL THEN NULL ELSE c.done_at END,
  updated_at = now()
FROM next n WHERE c.id = n.conversation_id
RETURNING c.id, c.awaiting_since, c.sla_due_at`;

const SET_DUE_SQL = `
UPDATE conversations c SET sla_due_at = d.due_at
FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS d(id, since, due_at)
WHERE c.id = d.id AND c.awaiting_since = d.since`;

type InboundItem = { conversationId: string; xId: string; postedAt: Date; text: string; kind: PostKind; authorId: string };
type AwaitRow = { id: string; awaiting_since: Date | null; sla_due_at: Date | null };

/** Rows left waiting without a due time (their clock moved somewhere we did not predict) get one now. */
async function fillMissingDue(client: PgClient, account: SyncAccount, rows: readonly AwaitRow[]): Promise<void> {
  const missing = rows.filter((r): r is AwaitRow & { awaiting_since: Date } => r.awaiting_since !== null && r.sla_due_at === null);
  if (!missing.length) return;
  await client.query(SET_DUE_SQL, [missing.map((r) => r.id), missing.map((r) => r.awaiting_since), missing.map((r) => slaDueAt(r.awaiting_since, account.client))]);
}

export async function applyInbound(client: PgClient, account: SyncAccount, items: readonly InboundItem[], since: Date): Promise<void> {
  if (!items.length) return;
  // The common case is a new conversation: it waits since its first answerable item, so that is the due time we predict.
  const firstByConversation = new Map<string, Date>();
  for (const item of items) {
    if (item.postedAt < since) continue;
    const first = firstByConversation.get(item.conversationId);
    if (!first || item.postedAt < first) firstByConversation.set(item.conversationId, item.postedAt);
  }
  const dueIds = [...firstByConversation.keys()];
  const dueSince = dueIds.map((id) => firstByConversation.get(id) ?? new Date(0));
  const { rows } = await client.query<AwaitRow>(INBOUND_SQL, [
    items.map((i) => i.conversationId),
    items.map((i) => i.xId),
    items.map((i) => i.postedAt),
    items.map((i) => i.text),
    items.map((i) => i.kind),
    items.map((i) => i.authorId),
    dueIds,
    dueSince,
    dueSince.map((at) => slaDueAt(at, account.client)),
    since,
  ]);
  await fillMissingDue(client, account, rows);
}

// The brand answered on X: the conversation waits again only for inbound items posted after its last answer.
const ANSWERS_SQL = `
WITH a AS (
  SELECT conversation_id, count(*)::int AS added, min(posted_at) AS first_at, max(posted_at) AS last_at
  FROM unnest($1::uuid[], $2::timestamptz[]) AS t(conversation_id, posted_at) GROUP BY conversation_id
), next AS (
  SELECT a.*, GREATEST(c.last_response_at, a.last_at) AS last_response,
         (SELECT min(p.posted_at) FROM posts p WHERE p.conversation_id = c.id AND p.inbound AND p.posted_at > GREATEST(c.last_response_at, a.last_at)) AS awaiting
  FROM a JOIN conversations c ON c.id = a.conversation_id
)
UPDATE conversations c SET
  own_reply_count = c.own_reply_count + n.added,
  first_response_at = LEAST(c.first_response_at, n.first_at),
  last_response_at = n.last_response,
  awaiting_since = n.awaiting,
  sla_due_at = CASE WHEN n.awaiting IS NOT DISTINCT FROM c.awaiting_since THEN c.sla_due_at ELSE NULL END,
  updated_at = now()
FROM next n WHERE c.id = n.conversation_id
RETURNING c.id, c.awaiting_since, c.sla_due_at`;

export async function applyAnswers(client: PgClient, account: SyncAccount, items: ReadonlyArray<{ conversationId: string; postedAt: Date }>): Promise<void> {
  if (!items.length) return;
  const { rows } = await client.query<AwaitRow>(ANSWERS_SQL, [items.map((i) => i.conversationId), items.map((i) => i.postedAt)]);
  await fillMissingDue(client, account, rows);
}
