import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponseError } from 'twitter-api-v2';
import type { SimulatorHandle } from '../src/server';
import { control, mintToken, rawGet, startTestSim, TEST_NOW, userClient } from './helpers/sim';

const HELP = '781249570385059840';
let sim: SimulatorHandle;
beforeAll(async () => {
  // 2% of X's limits: mentions 6 per user and 9 per app per 15 minutes; posts 2 per user per 24 h.
  sim = await startTestSim({ rateScale: 0.02 });
});
afterAll(() => sim.close());

describe('rate limits like X', () => {
  it('every /2/ response carries the headers; the 15-minute window ends in 429 with reset', async () => {
    await control(sim, 'DELETE', '/_sim/rate-limits');
    const token = (await mintToken(sim, 'northwindhelp')).access_token;
    const first = await rawGet(sim, `/2/users/${HELP}/mentions`, token);
    expect(first.headers.get('x-rate-limit-limit')).toBe('6');
    expect(first.headers.get('x-rate-limit-remaining')).toBe('5');
    const reset = Number(first.headers.get('x-rate-limit-reset'));
    expect(reset).toBe(Math.ceil((sim.now() + 15 * 60_000) / 1000));
    const client = userClient(sim, token);
    for (let i = 0; i < 5; i++) await client.v2.userMentionTimeline(HELP);
    const err = (await client.v2.userMentionTimeline(HELP).catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(429);
    expect(err.data).toEqual({ title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 });
    expect(err.rateLimit).toEqual({ limit: 6, remaining: 0, reset });
    await control(sim, 'POST', '/_sim/clock', { advanceMs: 15 * 60_000 });
    await expect(client.v2.userMentionTimeline(HELP)).resolves.toBeTruthy();
  });

  it('user-context calls count per user, not against the app-only window', async () => {
    await control(sim, 'DELETE', '/_sim/rate-limits');
    const a = userClient(sim, (await mintToken(sim, 'northwindhelp')).access_token);
    const b = userClient(sim, (await mintToken(sim, 'lumenbikes')).access_token);
    // 6 per user at this scale; the app-only limit (9) would stop b's 4th call if it counted them.
    for (let i = 0; i < 6; i++) await a.v2.userMentionTimeline(HELP);
    for (let i = 0; i < 6; i++) await b.v2.userMentionTimeline(HELP);
    const err = (await b.v2.userMentionTimeline(HELP).catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(429);
    expect(err.rateLimit?.limit).toBe(6);
  });

  it('POST /2/tweets allows 100 per 15 min per user and 10,000 per 24 h per app, with no 24-hour user cap (FACTS.md)', async () => {
    await control(sim, 'DELETE', '/_sim/rate-limits');
    const client = userClient(sim, (await mintToken(sim, 'northwindcoffee')).access_token);
    const ok = await client.v2.tweet('first of the window');
    expect(ok.data.id).toBeTruthy();
    await client.v2.tweet('second of the window');
    // At scale 0.02 the 15-minute user window holds 2.
    const err = (await client.v2.tweet('third of the window').catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(429);
    expect(err.rateLimit?.limit).toBe(2);
    expect(err.rateLimit?.userDay).toBeUndefined();
    expect(err.headers['x-user-limit-24hour-limit']).toBeUndefined();
    expect(err.headers['x-app-limit-24hour-limit']).toBe('200');
    await control(sim, 'POST', '/_sim/clock', { advanceMs: 16 * 60_000 });
    const next = await client.v2.tweet('first of the next window');
    expect(next.data.id).toBeTruthy();
  });

  it('the control API reads, rescales and clears the windows; scale 0 switches limits off', async () => {
    const view = await control<{ scale: number; buckets: Array<{ endpoint: string; remaining: number }> }>(sim, 'GET', '/_sim/rate-limits');
    expect(view.scale).toBe(0.02);
    expect(view.buckets.some((b) => b.endpoint === 'POST /2/tweets' && b.remaining === 1)).toBe(true);
    await control(sim, 'POST', '/_sim/rate-limits', { scale: 0 });
    const client = userClient(sim, (await mintToken(sim, 'harborhealth')).access_token);
    for (let i = 0; i < 20; i++) await client.v2.userMentionTimeline(HELP);
    await control(sim, 'POST', '/_sim/rate-limits', { scale: 0.02 });
    expect(sim.now()).toBeGreaterThan(TEST_NOW);
  });
});
