import { compareIds } from '../ids';

export interface HasId {
  id: string;
}

/** Inserts keeping ascending id order; appending is the common case (new posts are the newest). */
export function insertSorted<T extends HasId>(list: T[], item: T): void {
  const last = list[list.length - 1];
  if (!last || compareIds(last.id, item.id) < 0) {
    list.push(item);
    return;
  }
  list.splice(lowerBound(list, item.id), 0, item);
}

/** First index whose id is >= the given id. */
export function lowerBound<T extends HasId>(list: readonly T[], id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = list[mid];
    if (item && compareIds(item.id, id) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
