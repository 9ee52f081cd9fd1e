import { getUsersByIds, MAX_USERS_PER_LOOKUP, USERS_LOOKUP_ENDPOINT, type XCallReport } from "@/lib/x";
import { AccountUnavailableError } from "@/lib/x-accounts";
import { checkBudget } from "@/lib/usage/check-budget";
import { recordXCalls } from "@/lib/usage/record-x-calls";
import { inTransaction, syncPool } from "./pg-pool";
import { resolveSyncOptions, type SyncOptionsInput } from "./sync-options";
import { XSession } from "./x-session";

type Due = { id: string; agency_id: string; client_id: string; x_user_id: string; timezone: string };

// Follower counts go in x_accounts (current) and daily_metrics.followers (the history X does not keep),
// for the client's local day.
const SAVE_SQL = `
WITH f AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS t(account_id, followers)),
acc AS (
  UPDATE x_accounts a SET followers_count = f.followers, updated_at = now() FROM f WHERE a.id = f.account_id
  RETURNING a.id, a.agency_id, a.client_id, f.followers
)
INSERT INTO daily_metrics (agency_id, client_id, account_id, day, followers, computed_at)
SELECT acc.agency_id, acc.client_id, acc.id, (now() AT TIME ZONE c.timezone)::date, acc.followers, now()
FROM acc JOIN clients c ON c.id = acc.client_id
ORDER BY acc.id
ON CONFLICT (account_id, day) DO UPDATE SET followers = EXCLUDED.followers`;

/**
 * Follower counts of every connected account that is due (daily), 100 accounts per call across clients,
 * with any active account's token. Each account's client is billed for its own user read; the call is
 * counted once, for the account whose token made it. Clients over budget are skipped (not essential).
 */
export async function refreshFollowers(input: SyncOptionsInput = {}, signal?: AbortSignal, agencyIds?: readonly string[]): Promise<{ accounts: number; calls: number }> {
  const options = resolveSyncOptions(input);
  const { rows } = await syncPool().query<Due>(
    `SELECT a.id, a.agency_id, a.client_id, a.x_user_id, c.timezone
     FROM x_accounts a JOIN clients c ON c.id = a.client_id
     LEFT JOIN sync_cursors s ON s.account_id = a.id AND s.endpoint = 'followers'
     WHERE a.status = 'ACTIVE' AND (s.next_run_at IS NULL OR s.next_run_at <= now())
       AND ($1::uuid[] IS NULL OR a.agency_id = ANY($1::uuid[]))
     ORDER BY a.id LIMIT 5000`,
    [agencyIds ? [...agencyIds] : null],
  );
  const budgets = new Map<string, boolean>();
  const due: Due[] = [];
  for (const row of rows) {
    if (!budgets.has(row.client_id)) budgets.set(row.client_id, (await checkBudget(row.client_id)).overBudget);
    if (!budgets.get(row.client_id)) due.push(row);
  }
  let calls = 0;
  for (let i = 0; i < due.length && !signal?.aborted; i += MAX_USERS_PER_LOOKUP) {
    const chunk = due.slice(i, i + MAX_USERS_PER_LOOKUP);
    const done = await refreshChunk(chunk, options, signal);
    if (done) calls++;
  }
  return { accounts: due.length, calls };
}

async function refreshChunk(chunk: readonly Due[], options: ReturnType<typeof resolveSyncOptions>, signal?: AbortSignal): Promise<boolean> {
  // Any active account's token reads public profiles; try the next one if an account is unusable.
  for (const holder of chunk) {
    const session = new XSession(holder.id, options, [], signal);
    let users;
    try {
      users = await session.call(USERS_LOOKUP_ENDPOINT, (auth, o) => getUsersByIds(auth, { ids: chunk.map((a) => a.x_user_id) }, o));
    } catch (error) {
      if (error instanceof AccountUnavailableError) continue;
      return false;
    }
    const followers = new Map(users.map((u) => [u.id, u.followersCount]));
    const reports = session.takeReports();
    const call = reports.find((r) => r.endpoint === USERS_LOOKUP_ENDPOINT && r.status === 200);
    await inTransaction(async (client) => {
      const found = chunk.filter((a) => followers.has(a.x_user_id));
      await client.query(SAVE_SQL, [found.map((a) => a.id), found.map((a) => followers.get(a.x_user_id) ?? 0)]);
      await client.query(
        `INSERT INTO sync_cursors (account_id, endpoint, next_run_at, last_run_at, items_last_run)
         SELECT id, 'followers', $2, now(), 1 FROM unnest($1::uuid[]) AS id ORDER BY id
         ON CONFLICT (account_id, endpoint) DO UPDATE SET next_run_at = EXCLUDED.next_run_at, last_run_at = now(),
           items_last_run = 1, consecutive_errors = 0, last_error = NULL`,
        [chunk.map((a) => a.id), new Date(Date.now() + options.followersEveryMs)],
      );
      for (const account of chunk) {
        const own = account.id === holder.id ? reports : [];
        // The holder's call (and any retries) count as calls; every account pays for its own profile.
        const share: XCallReport[] = call && account.id !== holder.id ? [{ ...call, userIds: [account.x_user_id], postIds: [], rateLimit: null }] : [];
        const entries = own.map((r) => (r === call ? { ...r, userIds: [account.x_user_id] } : r));
        await recordXCalls((text, values) => client.query(text, values), { agencyId: account.agency_id, clientId: account.client_id, accountId: account.id }, [
          ...entries,
          ...share.map((r) => ({ ...r, notACall: true })),
        ]);
      }
    });
    return true;
  }
  return false;
}
