import type { Headers } from './http/respond';

const FIFTEEN_MIN = 15 * 60_000;
const DAY = 24 * 3_600_000;

interface EndpointLimit {
  /** Requests per 15 minutes per user (per account, for this app). */
  user?: number;
  /** Requests per 15 minutes for the whole app. */
  app?: number;
  userDay?: number;
  appDay?: number;
}

/** X's documented limits (FACTS.md), by endpoint name. */
export const RATE_LIMITS: Record<string, EndpointLimit> = {
  'GET /2/users/me': { user: 75 },
  'GET /2/users/:id': { user: 900, app: 300 },
  'GET /2/users': { user: 900, app: 300 },
  'GET /2/users/by/username/:username': { user: 900, app: 300 },
  'GET /2/users/:id/mentions': { user: 300, app: 450 },
  'GET /2/users/:id/tweets': { user: 900, app: 10_000 },
  'GET /2/tweets/:id': { user: 900, app: 450 },
  'GET /2/tweets': { user: 5_000, app: 3_500 },
  'GET /2/tweets/search/recent': { user: 300, app: 450 },
  'POST /2/tweets': { user: 100, appDay: 10_000 },
  'DELETE /2/tweets/:id': { user: 50 },
  'POST /2/users/:id/retweets': { user: 50 },
  'DELETE /2/users/:id/retweets/:source_tweet_id': { user: 50 },
  'POST /2/users/:id/likes': { user: 50, userDay: 1_000 },
  'DELETE /2/users/:id/likes/:tweet_id': { user: 50, userDay: 1_000 },
};

interface Bucket {
  count: number;
  resetAt: number;
}

export interface BucketView {
  endpoint: string;
  scope: 'user' | 'app';
  key: string;
  window: '15m' | '24h';
  limit: number;
  remaining: number;
  reset: number;
}

export interface RateDecision {
  allowed: boolean;
  headers: Headers;
}

/**
 * Fixed windows that open on the first request and close 15 minutes (or 24 hours) later, per user and
 * per app, on the simulator's clock. `scale` multiplies every limit; 0 switches enforcement off.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number, public scale: number) {}

  private limitOf(base: number): number {
    return this.scale > 0 ? Math.max(1, Math.floor(base * this.scale)) : base;
  }

  private bucket(key: string, windowMs: number, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.resetAt <= now) {
      bucket = { count: 0, resetAt: now + windowMs };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  check(endpoint: string, userId: string | null): RateDecision {
    const spec = RATE_LIMITS[endpoint];
    if (!spec) return { allowed: true, headers: {} };
    const now = this.now();
    const slots: Array<{ bucket: Bucket; limit: number; kind: 'fifteen' | 'userDay' | 'appDay' }> = [];
    if (spec.user !== undefined && userId) slots.push({ bucket: this.bucket(`${endpoint}|user|${userId}`, FIFTEEN_MIN, now), limit: this.limitOf(spec.user), kind: 'fifteen' });
    // X counts 15-minute "per app" limits for app-only tokens; user-context calls count per user.
    if (spec.app !== undefined && !userId) slots.push({ bucket: this.bucket(`${endpoint}|app`, FIFTEEN_MIN, now), limit: this.limitOf(spec.app), kind: 'fifteen' });
    if (spec.userDay !== undefined && userId) slots.push({ bucket: this.bucket(`${endpoint}|userDay|${userId}`, DAY, now), limit: this.limitOf(spec.userDay), kind: 'userDay' });
    if (spec.appDay !== undefined) slots.push({ bucket: this.bucket(`${endpoint}|appDay`, DAY, now), limit: this.limitOf(spec.appDay), kind: 'appDay' });

    const enforce = this.scale > 0;
    const allowed = !enforce || slots.every((s) => s.bucket.count < s.limit);
    if (allowed && enforce) for (const s of slots) s.bucket.count++;

    const headers: Headers = {};
    const remainingOf = (s: (typeof slots)[number]): number => (enforce ? Math.max(0, s.limit - s.bucket.count) : s.limit);
    const fifteen = slots
      .filter((s) => s.kind === 'fifteen')
      .sort((a, b) => remainingOf(a) - remainingOf(b))[0];
    if (fifteen) {
      headers['x-rate-limit-limit'] = fifteen.limit;
      headers['x-rate-limit-remaining'] = remainingOf(fifteen);
      headers['x-rate-limit-reset'] = Math.ceil(fifteen.bucket.resetAt / 1000);
    }
    for (const s of slots) {
      if (s.kind === 'fifteen') continue;
      const prefix = s.kind === 'userDay' ? 'x-user-limit-24hour' : 'x-app-limit-24hour';
      headers[`${prefix}-limit`] = s.limit;
      headers[`${prefix}-remaining`] = remainingOf(s);
      headers[`${prefix}-reset`] = Math.ceil(s.bucket.resetAt / 1000);
    }
    return { allowed, headers };
  }

  view(): BucketView[] {
    const now = this.now();
    const out: BucketView[] = [];
    for (const [key, bucket] of this.buckets) {
      if (bucket.resetAt <= now) continue;
      const [endpoint = '', kind = '', id = ''] = key.split('|');
      const spec = RATE_LIMITS[endpoint] ?? {};
      const base = kind === 'user' ? spec.user : kind === 'app' ? spec.app : kind === 'userDay' ? spec.userDay : spec.appDay;
      const limit = this.limitOf(base ?? 0);
      out.push({
        endpoint,
        scope: kind === 'user' || kind === 'userDay' ? 'user' : 'app',
        key: id || 'app',
        window: kind.endsWith('Day') ? '24h' : '15m',
        limit,
        remaining: Math.max(0, limit - bucket.count),
        reset: Math.ceil(bucket.resetAt / 1000),
      });
    }
    return out;
  }

  clear(): void {
    this.buckets.clear();
  }
}
