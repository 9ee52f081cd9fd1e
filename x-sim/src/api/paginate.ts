import { compareIds, idFloorForTime } from '../ids';
import type { SimPost } from '../world/types';
import type { ParamError } from './errors';

export interface PageRequest {
  max: number;
  sinceId?: string;
  untilId?: string;
  startTime?: number;
  endTime?: number;
  token?: PageToken;
  /** Only the most recent N visible items can be reached (800 mentions, 3,200 posts). */
  cap?: number;
  /** Items older than this time are out of reach (the 7-day search window). */
  notBefore?: number;
  now: number;
  visible?: (post: SimPost) => boolean;
}

export interface PageToken {
  direction: 'next' | 'previous';
  id: string;
}

export interface Page {
  items: SimPost[];
  nextToken?: string;
  previousToken?: string;
}

/**
 * Tokens look like X's (base32hex digits): a direction digit followed by the boundary id in base 32.
 * They carry only the boundary; clients repeat since_id/until_id and the rest, as twitter-api-v2 does.
 */
export function encodeToken(direction: PageToken['direction'], id: string): string {
  return (direction === 'next' ? '7' : '3') + BigInt(id).toString(32).padStart(13, '0');
}

export function decodeToken(name: string, raw: string | null, errors: ParamError[]): PageToken | undefined {
  if (raw === null) return undefined;
  const kind = raw[0];
  const body = raw.slice(1);
  if ((kind === '7' || kind === '3') && /^[0-9a-v]{1,14}$/.test(body)) {
    const id = [...body].reduce((acc, ch) => acc * 32n + BigInt(parseInt(ch, 32)), 0n).toString();
    return { direction: kind === '7' ? 'next' : 'previous', id };
  }
  errors.push({ parameter: name, value: raw, message: `The \`${name}\` query parameter value [${raw}] is not valid` });
  return undefined;
}

function isVisible(post: SimPost, req: PageRequest): boolean {
  if (post.deleted || post.createdAt > req.now) return false;
  return req.visible ? req.visible(post) : true;
}

/** Newest-first page over an ascending id-sorted list, honouring X's bounds, caps and tokens. */
export function paginate(list: readonly SimPost[], req: PageRequest): Page {
  let lower: string | undefined = req.sinceId;
  let upper: string | undefined = req.untilId;
  if (req.startTime !== undefined) lower = maxId(lower, decrement(idFloorForTime(req.startTime)));
  if (req.notBefore !== undefined) lower = maxId(lower, decrement(idFloorForTime(req.notBefore)));
  if (req.endTime !== undefined) upper = minId(upper, idFloorForTime(req.endTime));

  let floorIndex = 0;
  if (req.cap !== undefined) {
    let seen = 0;
    for (let i = list.length - 1; i >= 0; i--) {
      const post = list[i];
      if (!post || !isVisible(post, req)) continue;
      seen++;
      if (seen === req.cap) {
        floorIndex = i;
        break;
      }
    }
  }
  const inRange = (post: SimPost): boolean =>
    (lower === undefined || compareIds(post.id, lower) > 0) && (upper === undefined || compareIds(post.id, upper) < 0);

  if (req.token?.direction === 'previous') {
    const items: SimPost[] = [];
    const start = firstAbove(list, req.token.id);
    for (let i = Math.max(start, floorIndex); i < list.length && items.length < req.max; i++) {
      const post = list[i];
      if (post && isVisible(post, req) && inRange(post)) items.push(post);
    }
    items.reverse();
    return withTokens(items, list, req, floorIndex, lower, inRange);
  }

  if (req.token?.direction === 'next') upper = minId(upper, req.token.id);
  const items: SimPost[] = [];
  let i = upper === undefined ? list.length - 1 : firstAbove(list, decrement(upper)) - 1;
  for (; i >= floorIndex && items.length < req.max; i--) {
    const post = list[i];
    if (!post) continue;
    if (lower !== undefined && compareIds(post.id, lower) <= 0) break;
    if (isVisible(post, req) && inRange(post)) items.push(post);
  }
  return withTokens(items, list, req, floorIndex, lower, inRange);
}

function withTokens(
  items: SimPost[],
  list: readonly SimPost[],
  req: PageRequest,
  floorIndex: number,
  lower: string | undefined,
  inRange: (post: SimPost) => boolean,
): Page {
  const page: Page = { items };
  const oldest = items[items.length - 1];
  const newest = items[0];
  if (oldest) {
    for (let i = firstAbove(list, decrement(oldest.id)) - 1; i >= floorIndex; i--) {
      const post = list[i];
      if (!post) continue;
      if (lower !== undefined && compareIds(post.id, lower) <= 0) break;
      if (inRange(post) && isVisible(post, req)) {
        page.nextToken = encodeToken('next', oldest.id);
        break;
      }
    }
  }
  if (newest && req.token) page.previousToken = encodeToken('previous', newest.id);
  return page;
}

/** Index of the first item whose id is greater than `id`. */
function firstAbove(list: readonly SimPost[], id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = list[mid];
    if (item && compareIds(item.id, id) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function decrement(id: string): string {
  const value = BigInt(id);
  return (value > 0n ? value - 1n : 0n).toString();
}

function maxId(a: string | undefined, b: string): string {
  return a === undefined || compareIds(b, a) > 0 ? b : a;
}

function minId(a: string | undefined, b: string): string {
  return a === undefined || compareIds(b, a) < 0 ? b : a;
}
