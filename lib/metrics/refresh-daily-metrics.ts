import { db } from "@/lib/db";
import { ALWAYS_OPEN, type BusinessHours, businessHoursSchema } from "@/lib/sla/business-hours";
import { log } from "@/lib/log/logger";
import { ITEMS_SQL, UPSERT_SQL } from "./rollup-sql";
import { scoreItems } from "./score-items";

export type RefreshInput = {
  /** Accounts to recompute; all accounts when omitted. */
  accountIds?: readonly string[];
  /** Every local day (in each account's client time zone) from the day of `from` to the day of `to`. */
  from: Date;
  to: Date;
  /** The present, for SLA outcomes and the follower snapshot; tests pass their own. */
  now?: Date;
};

export type RefreshResult = { accounts: number; items: number; ms: number };

// Accounts per upsert. Large enough to amortise the statement, small enough that a batch of busy
// accounts (100,000 items a month each) stays a few MB of parameters.
const BATCH = 20;

type ItemRow = { clientId: string; accountId: string; day: string; receivedAt: Date; answeredAt: Date | null };
type ClientRules = { id: string; timezone: string; slaMinutes: number; businessHours: unknown };

/**
 * Recomputes daily_metrics for these accounts and days: counts and engagement in SQL, business-hours
 * first-response times with lib/sla, then one INSERT … SELECT … ON CONFLICT DO UPDATE per batch.
 * Idempotent and safe to run concurrently (each batch reads one snapshot and upserts in key order).
 *
 * How the worker calls it:
 * - after ingesting posts for some accounts: those accounts, from the earliest day anything changed
 *   (the new posts, the items a new brand reply answers — their conversation's first_inbound_at —
 *   and posts whose metrics were refreshed), to now;
 * - periodically (hourly is plenty) for every account over the last 35 days: this snapshots today's
 *   followers, settles SLA outcomes of items whose time ran out, and catches anything missed.
 */
export async function refreshDailyMetrics(input: RefreshInput): Promise<RefreshResult> {
  const started = performance.now();
  const now = input.now ?? new Date();
  const accountIds = input.accountIds
    ? [...new Set(input.accountIds)].sort()
    : (await db.xAccount.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
  let items = 0;
  for (let i = 0; i < accountIds.length; i += BATCH) {
    items += await refreshBatch(accountIds.slice(i, i + BATCH), input.from, input.to, now);
  }
  const ms = Math.round(performance.now() - started);
  log.debug("daily metrics refreshed", { accounts: accountIds.length, items, ms });
  return { accounts: accountIds.length, items, ms };
}

async function refreshBatch(accountIds: string[], from: Date, to: Date, now: Date): Promise<number> {
  if (accountIds.length === 0) return 0;
  return db.$transaction(
    async (tx) => {
      const rows = (await tx.$queryRawUnsafe(ITEMS_SQL, accountIds, from, to, now)) as ItemRow[];
      const clients = await tx.client.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.clientId))] } },
        select: { id: true, timezone: true, slaMinutes: true, businessHours: true },
      });
      const scored = scoreRows(rows, clients, now.getTime());
      await tx.$executeRawUnsafe(UPSERT_SQL, accountIds, from, to, now, scored.accountIds, scored.days, scored.seconds, scored.sla);
      return rows.length;
    },
    // One snapshot for both statements, so counts and scored items describe the same posts.
    { isolationLevel: "RepeatableRead", timeout: 300_000, maxWait: 30_000 },
  );
}

function scoreRows(rows: readonly ItemRow[], clients: readonly ClientRules[], now: number) {
  const out = { accountIds: [] as string[], days: [] as string[], seconds: [] as (number | null)[], sla: [] as number[] };
  const byClient = new Map<string, ItemRow[]>();
  for (const row of rows) {
    const list = byClient.get(row.clientId);
    if (list) list.push(row);
    else byClient.set(row.clientId, [row]);
  }
  for (const client of clients) {
    const list = byClient.get(client.id) ?? [];
    const scores = scoreItems(
      list.map((r) => ({ receivedAt: r.receivedAt.getTime(), answeredAt: r.answeredAt ? r.answeredAt.getTime() : null })),
      { hours: hoursOf(client), timeZone: client.timezone, slaMinutes: client.slaMinutes, now },
    );
    list.forEach((row, index) => {
      const score = scores[index];
      if (!score) return;
      out.accountIds.push(row.accountId);
      out.days.push(row.day);
      out.seconds.push(score.responseSeconds);
      out.sla.push(score.sla);
    });
  }
  return out;
}

// Hours are validated when a client is saved; a row that somehow is not valid must not stop the
// rollup of every other client, so it is measured in wall-clock time instead and logged.
function hoursOf(client: ClientRules): BusinessHours {
  const parsed = businessHoursSchema.safeParse(client.businessHours);
  if (parsed.success) return parsed.data;
  log.warn("client business hours invalid; measuring in wall-clock time", { clientId: client.id });
  return ALWAYS_OPEN;
}
