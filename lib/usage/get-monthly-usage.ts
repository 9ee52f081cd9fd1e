import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { monthStartUtc } from "./check-budget";
import { microsToUsd } from "./pricing";

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month must look like 2026-11");

export type MonthlyUsage = {
  month: string;
  calls: number;
  billedItems: number;
  costUsd: number;
  budgetUsd: number | null;
  /** Share of the budget spent (1 = all of it; a zero budget counts as spent once anything is); null without a budget. */
  budgetUsed: number | null;
  overBudget: boolean;
  byEndpoint: Array<{ endpoint: string; calls: number; billedItems: number; costUsd: number }>;
};

/**
 * A client's X usage for one UTC month (default: the current one): calls, billed items and estimated
 * cost from the usage ledger, by endpoint, against the client's monthly budget.
 */
export async function getMonthlyUsage(actor: Actor, clientId: string, month?: string): Promise<MonthlyUsage> {
  if (!isUuid(clientId)) throw notFound();
  authorize(actor, "client.view", { clientId });
  if (month !== undefined && !monthSchema.safeParse(month).success) throw new AppError("validation", "month must look like 2026-11");
  const from = month ? new Date(`${month}-01T00:00:00Z`) : monthStartUtc(new Date());
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  const client = await db.client.findFirst({ where: { id: clientId, agencyId: actor.agencyId }, select: { monthlyBudgetCents: true } });
  if (!client) throw notFound();
  const rows = await db.apiUsageDaily.groupBy({
    by: ["endpoint"],
    where: { agencyId: actor.agencyId, clientId, day: { gte: from, lt: to } },
    _sum: { calls: true, items: true, costMicros: true },
    orderBy: { endpoint: "asc" },
  });
  const byEndpoint = rows.map((r) => ({
    endpoint: r.endpoint,
    calls: r._sum.calls ?? 0,
    billedItems: r._sum.items ?? 0,
    costUsd: microsToUsd(r._sum.costMicros ?? 0n),
  }));
  const costMicros = rows.reduce((sum, r) => sum + (r._sum.costMicros ?? 0n), 0n);
  const budgetUsd = client.monthlyBudgetCents == null ? null : client.monthlyBudgetCents / 100;
  const costUsd = microsToUsd(costMicros);
  return {
    month: from.toISOString().slice(0, 7),
    calls: byEndpoint.reduce((s, r) => s + r.calls, 0),
    billedItems: byEndpoint.reduce((s, r) => s + r.billedItems, 0),
    costUsd,
    budgetUsd,
    budgetUsed: budgetUsd === null ? null : budgetUsd === 0 ? (costUsd > 0 ? 1 : 0) : costUsd / budgetUsd,
    overBudget: client.monthlyBudgetCents != null && costMicros >= BigInt(client.monthlyBudgetCents) * 10_000n,
    byEndpoint,
  };
}
