import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiPartialResponseError, ApiRequestError, ApiResponseError, type TwitterApi } from 'twitter-api-v2';
import type { SimulatorHandle } from '../src/server';
import { control, mintToken, startTestSim, userClient } from './helpers/sim';

const HELP = '781249570385059840';
const MENTIONS = 'GET /2/users/:id/mentions';
let sim: SimulatorHandle;
let client: TwitterApi;
beforeAll(async () => {
  sim = await startTestSim({ history: false });
  client = userClient(sim, (await mintToken(sim, 'northwindhelp')).access_token);
});
afterAll(() => sim.close());
beforeEach(() => control(sim, 'DELETE', '/_sim/faults'));

const fail = (endpoint: string, kind: string, extra: Record<string, unknown> = {}) =>
  control(sim, 'POST', '/_sim/faults', { endpoint, kind, count: 1, ...extra });

describe('faults', () => {
  it('429 carries rate-limit headers', async () => {
    await fail(MENTIONS, '429');
    const err = (await client.v2.userMentionTimeline(HELP).catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(429);
    expect(err.rateLimit?.remaining).toBe(0);
    await expect(client.v2.userMentionTimeline(HELP)).resolves.toBeTruthy();
  });

  it('500, 503 and 402 credits exhausted', async () => {
    await fail(MENTIONS, '500');
    expect(await client.v2.userMentionTimeline(HELP).catch((e: unknown) => e)).toMatchObject({ code: 500 });
    await fail('*', '503');
    expect(await client.v2.me().catch((e: unknown) => e)).toMatchObject({ code: 503, data: { title: 'Service Unavailable' } });
    await fail('GET /2/users/me', '402');
    const credits = (await client.v2.me().catch((e: unknown) => e)) as ApiResponseError;
    expect(credits.code).toBe(402);
    expect(credits.data).toMatchObject({ title: 'CreditsDepleted', type: 'https://api.x.com/2/problems/credits' });
  });

  it('slow answers trip a client timeout', async () => {
    await fail(MENTIONS, 'slow', { delayMs: 600 });
    const started = Date.now();
    const err = await client.v2.get(`users/${HELP}/mentions`, {}, { timeout: 150 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    expect(Date.now() - started).toBeLessThan(550);
  });

  it('truncated and malformed JSON surface as partial-response errors', async () => {
    await fail(MENTIONS, 'truncated');
    expect(await client.v2.userMentionTimeline(HELP).catch((e: unknown) => e)).toBeInstanceOf(ApiPartialResponseError);
    await fail(MENTIONS, 'malformed');
    expect(await client.v2.userMentionTimeline(HELP).catch((e: unknown) => e)).toBeInstanceOf(ApiPartialResponseError);
  });

  it('reset drops the connection', async () => {
    await fail('GET *', 'reset');
    expect(await client.v2.me().catch((e: unknown) => e)).toBeInstanceOf(ApiRequestError);
  });

  it('a garbled answer to a POST still created the post (the truth shows it once)', async () => {
    await control(sim, 'POST', '/_sim/accounts', { username: 'garbled' });
    const m = await control<{ post: { id: string } }>(sim, 'POST', '/_sim/mentions', { to: 'northwindhelp', from: 'garbled' });
    await fail('POST /2/tweets', 'malformed');
    expect(await client.v2.reply('sorry!', m.post.id).catch((e: unknown) => e)).toBeInstanceOf(ApiPartialResponseError);
    const created = await control<{ posts: Array<{ inReplyToPostId: string }> }>(sim, 'GET', '/_sim/truth/created');
    expect(created.posts.filter((p) => p.inReplyToPostId === m.post.id)).toHaveLength(1);
  });

  it('probabilistic faults are seeded; token endpoint can fail too; faults are listed and removed', async () => {
    await control(sim, 'POST', '/_sim/faults', { endpoint: 'GET /2/users/me', kind: '503', probability: 0.5 });
    let failures = 0;
    for (let i = 0; i < 40; i++) if (await client.v2.me().then(() => false, () => true)) failures++;
    expect(failures).toBeGreaterThan(8);
    expect(failures).toBeLessThan(32);
    const listed = await control<{ faults: Array<{ id: string; hits: number }> }>(sim, 'GET', '/_sim/faults');
    expect(listed.faults[0]?.hits).toBe(failures);
    await control(sim, 'DELETE', `/_sim/faults/${listed.faults[0]?.id ?? ''}`);
    await fail('POST /2/oauth2/token', '503');
    const res = await fetch(`${sim.url}/2/oauth2/token`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(503);
    const log = await control<{ byStatus: Record<string, number> }>(sim, 'GET', '/_sim/truth/requests');
    expect(log.byStatus['503']).toBeGreaterThan(0);
  });

  it('rejects unknown fault kinds', async () => {
    await expect(control(sim, 'POST', '/_sim/faults', { kind: '418' })).rejects.toThrow(/400/);
  });

  it('a 401 without a token is X-shaped even with no faults', async () => {
    const res = await fetch(`${sim.url}/2/users/me`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    expect(err401Type(res.headers.get('content-type'))).toBe(true);
  });
});

function err401Type(type: string | null): boolean {
  return !!type && type.includes('application/problem+json');
}

