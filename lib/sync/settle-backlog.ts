import { syncPool } from "./pg-pool";

/**
 * How old an imported conversation may be and still start open. A first sync imports an account's newest
 * 800 mentions, often weeks of them: answering those now would be late and odd, and as open items, all past
 * their SLA, they would bury today's at the top of the queue.
 */
export const BACKLOG_OPEN_DAYS = 7;

// Conversations of the account that nobody has touched (no answer, assignee, draft or note) and whose
// newest inbound item is older than the window. They stay searchable, in the author's history and in the
// reports (still unanswered). Without a waiting time, a new item from the person reopens one with a fresh
// SLA clock from that item, not from weeks ago.
const SETTLE_SQL = `
UPDATE conversations c SET status = 'DONE', done_at = now(), awaiting_since = NULL, sla_due_at = NULL, updated_at = now()
WHERE c.account_id = $1::uuid AND c.status = 'OPEN' AND c.last_inbound_at < now() - make_interval(days => $2)
  AND c.own_reply_count = 0 AND c.assignee_id IS NULL AND NOT c.has_draft
  AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.conversation_id = c.id)`;

/** After an account's first mentions sync: its old backlog starts done (see BACKLOG_OPEN_DAYS). */
export async function settleBacklog(accountId: string): Promise<number> {
  const result = await syncPool().query(SETTLE_SQL, [accountId, BACKLOG_OPEN_DAYS]);
  return result.rowCount ?? 0;
}
