import type { XPost, XPostPage } from "@/lib/x";
import { classifyPost, isAnswer, type Classified } from "./classify-post";
import { answerableSince, applyAnswers, applyInbound, NEW_CONVERSATIONS_CTE, newConversationParams } from "./update-conversations";
import type { PgClient } from "./pg-pool";
import type { SyncAccount } from "./sync-account-context";
import { uuid7 } from "./uuid7";

export type IngestResult = {
  /** Posts stored for the first time (re-reads of the overlap window do not count). */
  newPosts: number;
  newInbound: number;
  /** Conversations that gained posts: what open inboxes must refresh. */
  conversationIds: string[];
  /** Inbound replies whose parent X's includes did not carry (X conversation id → parent id). */
  missingParents: Map<string, string>;
};

export type IngestRow = { post: XPost; classified: Classified; linkConversation: string | null; answer: boolean };
type Row = IngestRow;

// One statement: the page's new conversations (complete, see NEW_CONVERSATIONS_CTE), then its posts,
// linked to their conversation whether it was just created or already existed. The posts' foreign key
// checks run at the end of the statement, when the new conversations exist.
const INGEST_SQL = `
WITH conv AS (${NEW_CONVERSATIONS_CTE}),
ins AS (
  INSERT INTO posts (id, agency_id, client_id, account_id, x_id, conversation_id, x_conversation_id, author_id, kind, inbound, text,
    has_link, in_reply_to_x_id, in_reply_to_user_id, quoted_x_id, reposted_x_id, posted_at,
    impressions, likes, reposts, replies, quotes, bookmarks, metrics_updated_at)
  SELECT t.id, $1::uuid, $2::uuid, $3::uuid, t.x_id, coalesce(nc.id, c.id), t.x_conversation_id, t.author_id, t.kind, t.inbound, t.text,
    t.has_link, t.in_reply_to_x_id, t.in_reply_to_user_id, t.quoted_x_id, t.reposted_x_id, t.posted_at,
    t.impressions, t.likes, t.reposts, t.replies, t.quotes, t.bookmarks, CASE WHEN t.has_metrics THEN now() END
  FROM unnest($14::uuid[], $15::text[], $16::text[], $17::text[], $18::text[], $19::"PostKind"[], $20::boolean[], $21::text[], $22::boolean[],
    $23::text[], $24::text[], $25::text[], $26::text[], $27::timestamptz[], $28::int[], $29::int[], $30::int[], $31::int[], $32::int[], $33::int[], $34::boolean[])
    AS t(id, x_id, x_conversation_id, link_conversation, author_id, kind, inbound, text, has_link,
         in_reply_to_x_id, in_reply_to_user_id, quoted_x_id, reposted_x_id, posted_at, impressions, likes, reposts, replies, quotes, bookmarks, has_metrics)
  LEFT JOIN conv nc ON nc.x_conversation_id = t.link_conversation
  LEFT JOIN conversations c ON c.account_id = $3::uuid AND c.x_conversation_id = t.link_conversation
  ORDER BY t.x_id
  ON CONFLICT (account_id, x_id) DO NOTHING
  RETURNING x_id, conversation_id
)
SELECT false AS created, x_id AS key, conversation_id FROM ins
UNION ALL
SELECT true, x_conversation_id, id FROM conv`;

// A new conversation whose first post is already stored (the brand's post that people now reply to):
// that post joins the conversation too, so the thread shows what was answered.
const LINK_ROOTS_SQL = `
UPDATE posts p SET conversation_id = r.id
FROM unnest($2::text[], $3::uuid[]) AS r(x_id, id)
WHERE p.account_id = $1::uuid AND p.x_id = r.x_id AND p.conversation_id IS NULL`;

async function linkStoredRoots(client: PgClient, account: SyncAccount, conversations: ReadonlyArray<{ key: string; conversation_id: string | null }>): Promise<void> {
  const list = conversations.filter((c): c is { key: string; conversation_id: string } => c.conversation_id !== null);
  if (list.length) await client.query(LINK_ROOTS_SQL, [account.id, list.map((c) => c.key), list.map((c) => c.conversation_id)]);
}

/** Everything in a page that belongs to this account's store: its own posts and posts addressed to it. */
export function selectRows(account: SyncAccount, page: Pick<XPostPage, "posts" | "referencedPosts">, fromMentions: boolean): Row[] {
  const authors = new Map<string, string>();
  for (const p of [...page.posts, ...page.referencedPosts]) authors.set(p.id, p.authorId);
  const primary = new Set(page.posts.map((p) => p.id));
  const rows = new Map<string, Row>();
  for (const post of [...page.posts, ...page.referencedPosts]) {
    if (rows.has(post.id)) continue;
    let classified = classifyPost(post, account.xUserId, (id) => authors.get(id));
    // X's mentions timeline only returns posts that mention the account, whatever the entities say.
    if (!classified && fromMentions && primary.has(post.id) && !post.repostedPostId && post.authorId !== account.xUserId) {
      classified = { kind: "MENTION", inbound: true };
    }
    if (!classified) continue;
    const answer = isAnswer(post, account.xUserId);
    // Inbound items and the brand's answers belong to the thread's conversation; a brand post that
    // starts a thread is linked when its conversation exists (people replied to it).
    const link = classified.inbound || answer || post.id === post.conversationId ? post.conversationId : null;
    rows.set(post.id, { post, classified, linkConversation: link, answer });
  }
  return [...rows.values()];
}

/**
 * Stores one page's rows (see selectRows) in the caller's transaction, set-based: conversations, posts
 * (idempotent on (account, X id)), then the conversation counters and SLA clocks from the posts that were
 * new. Their authors must already be in x_users (upsertXUsers).
 */
export async function ingestPosts(client: PgClient, account: SyncAccount, page: Pick<XPostPage, "posts" | "referencedPosts">, rows: readonly Row[]): Promise<IngestResult> {
  const empty: IngestResult = { newPosts: 0, newInbound: 0, conversationIds: [], missingParents: new Map() };
  if (rows.length === 0) return empty;
  const opening = rows.filter((r) => r.classified.inbound || r.answer);
  const since = answerableSince();
  const conversationParams = newConversationParams(
    account,
    opening.map((r) => ({ xConversationId: r.post.conversationId, inbound: r.classified.inbound, xId: r.post.id, postedAt: r.post.createdAt, text: r.post.text, kind: r.classified.kind, authorId: r.post.authorId })),
    since,
  );
  const { rows: result } = await client.query<{ created: boolean; key: string; conversation_id: string | null }>(INGEST_SQL, [
    account.agencyId,
    account.clientId,
    account.id,
    ...conversationParams,
    rows.map(() => uuid7()),
    rows.map((r) => r.post.id),
    rows.map((r) => r.post.conversationId),
    rows.map((r) => r.linkConversation),
    rows.map((r) => r.post.authorId),
    rows.map((r) => r.classified.kind),
    rows.map((r) => r.classified.inbound),
    rows.map((r) => r.post.text),
    rows.map((r) => r.post.hasLink),
    rows.map((r) => r.post.inReplyToPostId),
    rows.map((r) => r.post.inReplyToUserId),
    rows.map((r) => r.post.quotedPostId),
    rows.map((r) => r.post.repostedPostId),
    // ISO text: node-postgres formats Date objects in local time, slowly, element by element.
    rows.map((r) => r.post.createdAt.toISOString()),
    rows.map((r) => r.post.metrics?.impressions ?? 0),
    rows.map((r) => r.post.metrics?.likes ?? 0),
    rows.map((r) => r.post.metrics?.reposts ?? 0),
    rows.map((r) => r.post.metrics?.replies ?? 0),
    rows.map((r) => r.post.metrics?.quotes ?? 0),
    rows.map((r) => r.post.metrics?.bookmarks ?? 0),
    rows.map((r) => r.post.metrics !== null),
  ]);
  const created = new Set(result.filter((r) => r.created).map((r) => r.key));
  const inserted = result.filter((r) => !r.created).map((r) => ({ x_id: r.key, conversation_id: r.conversation_id }));
  const justStored = new Set(inserted.map((r) => r.x_id));
  await linkStoredRoots(client, account, result.filter((r) => r.created && !justStored.has(r.key)));
  if (inserted.length === 0) return empty;

  const conversationOf = new Map(inserted.map((r) => [r.x_id, r.conversation_id]));
  const fresh = rows.filter((r) => conversationOf.has(r.post.id));
  const inbound = fresh.filter((r) => r.classified.inbound);
  const answers = fresh.filter((r) => r.answer);
  const withConversation = (list: readonly Row[]) =>
    list.flatMap((r) => {
      const conversationId = conversationOf.get(r.post.id);
      return conversationId ? [{ conversationId, row: r }] : [];
    });
  // Conversations created above already count their items.
  const intoExisting = inbound.filter((r) => !created.has(r.post.conversationId));
  await applyInbound(
    client,
    account,
    withConversation(intoExisting).map(({ conversationId, row }) => ({ conversationId, xId: row.post.id, postedAt: row.post.createdAt, text: row.post.text, kind: row.classified.kind, authorId: row.post.authorId })),
    since,
  );
  await applyAnswers(client, account, withConversation(answers).map(({ conversationId, row }) => ({ conversationId, postedAt: row.post.createdAt })));

  const known = new Set([...page.posts, ...page.referencedPosts].map((p) => p.id));
  const missingParents = new Map<string, string>();
  for (const r of inbound) {
    const parent = r.post.inReplyToPostId;
    if (parent && !known.has(parent)) missingParents.set(r.post.conversationId, parent);
  }
  return {
    newPosts: inserted.length,
    newInbound: inbound.length,
    conversationIds: [...new Set(inserted.flatMap((r) => (r.conversation_id ? [r.conversation_id] : [])))],
    missingParents,
  };
}
