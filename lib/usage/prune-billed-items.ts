import { db } from "@/lib/db";

/** api_billed_items only matters for today (X's dedup window is the UTC day); yesterday is kept for clock skew. */
export async function pruneBilledItems(now = new Date()): Promise<number> {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1));
  return db.$executeRaw`DELETE FROM api_billed_items WHERE day < ${cutoff}::date`;
}
