import { db } from "@/lib/db";

export type BudgetState = { budgetMicros: number | null; spentMicros: number; overBudget: boolean };

/** First day of the UTC month containing `at`: the ledger is kept in UTC days, so budgets are UTC months. */
export function monthStartUtc(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

/**
 * The client's estimated X spend this UTC month against its monthly budget. Over budget, the sync stops
 * the non-essential reads (metrics, follower counts, own-post history) and keeps polling mentions.
 */
export async function checkBudget(clientId: string, at = new Date()): Promise<BudgetState> {
  const from = monthStartUtc(at);
  const rows = await db.$queryRaw<Array<{ budget_cents: number | null; spent: bigint | null }>>`
    SELECT c.monthly_budget_cents AS budget_cents,
           (SELECT sum(u.cost_micros) FROM api_usage_daily u WHERE u.client_id = c.id AND u.day >= ${from}::date) AS spent
    FROM clients c WHERE c.id = ${clientId}::uuid`;
  const row = rows[0];
  const budgetMicros = row?.budget_cents == null ? null : row.budget_cents * 10_000;
  const spentMicros = Number(row?.spent ?? 0);
  return { budgetMicros, spentMicros, overBudget: budgetMicros !== null && spentMicros >= budgetMicros };
}
