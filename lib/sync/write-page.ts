import type { XCallReport, XPostPage } from "@/lib/x";
import { billedItemsCache, type BilledKey } from "@/lib/usage/billed-items-cache";
import { recordXCalls } from "@/lib/usage/record-x-calls";
import { INBOX_CHANNEL, splitInboxEvent } from "./inbox-event";
import { ingestPosts, selectRows, type IngestResult } from "./ingest-posts";
import { upsertXUsers } from "./upsert-x-users";
import { inTransaction, type PgClient } from "./pg-pool";
import type { SyncAccount } from "./sync-account-context";
import type { XSession } from "./x-session";

/** Writes call reports to the usage ledger and rate-limit state, in `client`'s transaction. */
export function writeReports(client: PgClient, account: SyncAccount, reports: readonly XCallReport[]): Promise<BilledKey[]> {
  return recordXCalls((text, values) => client.query(text, values), { agencyId: account.agencyId, clientId: account.clientId, accountId: account.id }, reports, billedItemsCache);
}

/** Runs `fn` in a transaction that also writes the session's pending call reports; they go back on failure. */
export async function withReports<T>(account: SyncAccount, session: XSession, fn: (client: PgClient) => Promise<T>): Promise<T> {
  const reports = session.takeReports();
  try {
    const { result, billed } = await inTransaction(async (client) => {
      const result = await fn(client);
      const billed = await writeReports(client, account, reports);
      return { result, billed };
    });
    billedItemsCache.add(billed);
    return result;
  } catch (error) {
    session.putBack(reports);
    throw error;
  }
}

/**
 * One page, one transaction: its posts, the calls that fetched it (ledger + rate-limit state), and the
 * NOTIFY that wakes open inboxes, which Postgres delivers only if the transaction commits.
 */
export async function writePage(account: SyncAccount, session: XSession, page: Pick<XPostPage, "posts" | "referencedPosts" | "users">, options: { fromMentions?: boolean } = {}): Promise<IngestResult> {
  const rows = selectRows(account, page, options.fromMentions ?? false);
  await upsertXUsers(page.users, rows.map((r) => r.post.authorId));
  return withReports(account, session, async (client) => {
    const result = await ingestPosts(client, account, page, rows);
    if (result.newPosts > 0) {
      const events = splitInboxEvent({ agencyId: account.agencyId, clientId: account.clientId, accountId: account.id, conversationIds: result.conversationIds, count: result.newPosts });
      for (const event of events) await client.query("SELECT pg_notify($1, $2)", [INBOX_CHANNEL, JSON.stringify(event)]);
    }
    return result;
  });
}
