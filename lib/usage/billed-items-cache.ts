// Items this process knows X already billed today, per agency: they are left out of the ledger statement,
// so pages that share authors do not queue on the same api_billed_items keys. Only keys of committed
// transactions go in (the caller adds them after COMMIT); the table stays the source of truth.
export type BilledKey = { agencyId: string; day: string; kind: "post" | "user"; xId: string };

const MAX_KEYS_PER_DAY = 500_000;

export class BilledItemsCache {
  private readonly byDay = new Map<string, Set<string>>();

  has(agencyId: string, day: string, kind: string, xId: string): boolean {
    return this.byDay.get(day)?.has(`${agencyId}|${kind}|${xId}`) ?? false;
  }

  add(keys: readonly BilledKey[]): void {
    for (const key of keys) {
      let set = this.byDay.get(key.day);
      if (!set) {
        // A new UTC day: yesterday's keys can no longer save anything.
        for (const day of this.byDay.keys()) if (day < key.day) this.byDay.delete(day);
        set = new Set();
        this.byDay.set(key.day, set);
      }
      if (set.size >= MAX_KEYS_PER_DAY) set.clear();
      set.add(`${key.agencyId}|${key.kind}|${key.xId}`);
    }
  }
}

export const billedItemsCache = new BilledItemsCache();
