import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { XAccountStatus } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { monthStartUtc } from "@/lib/usage/check-budget";

export type AccountSyncStatus = {
  accountId: string;
  username: string;
  status: XAccountStatus;
  needsReconnect: boolean;
  lastSyncAt: Date | null;
  nextSyncAt: Date | null;
  lastError: string | null;
  /** Billed items read for this account this UTC month. */
  itemsThisMonth: number;
  callsThisMonth: number;
  streams: Array<{
    stream: string;
    lastRunAt: Date | null;
    nextRunAt: Date | null;
    lastError: string | null;
    consecutiveErrors: number;
    /** Mentions X could not serve (beyond its 800 limit) and search could not fill yet. */
    gap: { fromId: string; toId: string; detectedAt: Date | null } | null;
  }>;
  rateLimits: Array<{ endpoint: string; limit: number; remaining: number; resetAt: Date; exhausted: boolean }>;
};

/** The sync state of every X account of a client, for its settings page. */
export async function getSyncStatus(actor: Actor, clientId: string): Promise<AccountSyncStatus[]> {
  if (!isUuid(clientId)) throw notFound();
  authorize(actor, "client.view", { clientId });
  const since = monthStartUtc(new Date());
  const accounts = await db.xAccount.findMany({
    where: { agencyId: actor.agencyId, clientId },
    orderBy: { username: "asc" },
    select: {
      id: true,
      username: true,
      status: true,
      lastSyncAt: true,
      nextSyncAt: true,
      lastError: true,
      cursors: {
        orderBy: { endpoint: "asc" },
        select: { endpoint: true, lastRunAt: true, nextRunAt: true, lastError: true, consecutiveErr: true, gapFromId: true, gapToId: true, gapDetectedAt: true },
      },
      rateLimits: { orderBy: { endpoint: "asc" }, select: { endpoint: true, limit: true, remaining: true, resetAt: true } },
    },
  });
  const usage = await db.apiUsageDaily.groupBy({
    by: ["accountId"],
    where: { agencyId: actor.agencyId, clientId, day: { gte: since } },
    _sum: { items: true, calls: true },
  });
  const usageOf = new Map(usage.map((u) => [u.accountId, u._sum]));
  const now = Date.now();
  return accounts.map((a) => ({
    accountId: a.id,
    username: a.username,
    status: a.status,
    needsReconnect: a.status === "NEEDS_RECONNECT",
    lastSyncAt: a.lastSyncAt,
    nextSyncAt: a.status === "ACTIVE" ? a.nextSyncAt : null,
    lastError: a.lastError,
    itemsThisMonth: usageOf.get(a.id)?.items ?? 0,
    callsThisMonth: usageOf.get(a.id)?.calls ?? 0,
    streams: a.cursors.map((c) => ({
      stream: c.endpoint,
      lastRunAt: c.lastRunAt,
      nextRunAt: c.nextRunAt,
      lastError: c.lastError,
      consecutiveErrors: c.consecutiveErr,
      gap: c.gapFromId && c.gapToId ? { fromId: c.gapFromId, toId: c.gapToId, detectedAt: c.gapDetectedAt } : null,
    })),
    rateLimits: a.rateLimits.map((r) => ({ ...r, exhausted: r.remaining <= 0 && r.resetAt.getTime() > now })),
  }));
}
