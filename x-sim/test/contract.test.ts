import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorHandle } from '../src/server';
import { DOCUMENTED_PROBLEM_TYPES, validateAgainst, validateResponse } from './helpers/openapi';
import { control, mintToken, startTestSim } from './helpers/sim';

interface ParamDoc {
  schema: { items: { enum: string[] } };
}
const doc = JSON.parse(readFileSync(fileURLToPath(new URL('../openapi/x-api-v2.openapi.json', import.meta.url)), 'utf8')) as {
  components: { parameters: Record<string, ParamDoc> };
};
const enumOf = (name: string): string[] => doc.components.parameters[name]?.schema.items.enum ?? [];
// Every name the document lists, plus the Tweet-vocabulary names older clients send.
const POST_FIELDS = [...enumOf('PostFieldsParameter'), 'author_id', 'in_reply_to_user_id', 'referenced_tweets', 'edit_history_tweet_ids'].join(',');
const USER_FIELDS = enumOf('UserFieldsParameter').join(',');
const POST_EXPANSIONS = 'author_id,in_reply_to_user_id,referenced_tweets.id,referenced_posts.id.author_id,entities.mentions.username';
const ALL = `tweet.fields=${POST_FIELDS}&user.fields=${USER_FIELDS}&expansions=${POST_EXPANSIONS}`;

const HELP = '781249570385059840';
let sim: SimulatorHandle;
let token: string;
beforeAll(async () => {
  sim = await startTestSim();
  token = (await mintToken(sim, 'northwindhelp')).access_token;
});
afterAll(() => sim.close());

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function expectValid(method: string, apiPath: string, url: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await call(method, url, body);
  expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBeLessThan(300);
  expect(validateResponse(apiPath, method, res.status, res.contentType, res.body)).toEqual([]);
  return res.body;
}

describe('responses validate against openapi.json', () => {
  it('GET /2/users/me, /2/users/{id}, /2/users, /2/users/by/username/{username}', async () => {
    const me = await expectValid('GET', '/2/users/me', `/2/users/me?user.fields=${USER_FIELDS}&expansions=most_recent_post_id&tweet.fields=${POST_FIELDS}`);
    expect(me.includes).toBeTruthy();
    await expectValid('GET', '/2/users/{id}', `/2/users/573918304?user.fields=${USER_FIELDS}`);
    await expectValid('GET', '/2/users/{id}', `/2/users/123`);
    const many = await expectValid('GET', '/2/users', `/2/users?ids=573918304,2389475610,42&user.fields=${USER_FIELDS}`);
    expect(many.errors).toHaveLength(1);
    await expectValid('GET', '/2/users/by/username/{username}', `/2/users/by/username/harborhealth?user.fields=${USER_FIELDS}`);
    await expectValid('GET', '/2/users/by/username/{username}', `/2/users/by/username/not_a_user_x`);
  });

  it('GET /2/users/{id}/mentions and /2/users/{id}/tweets with every field (private metrics: own only)', async () => {
    const mentions = await expectValid('GET', '/2/users/{id}/mentions', `/2/users/${HELP}/mentions?max_results=100&${ALL}`);
    expect((mentions.data as unknown[]).length).toBe(100);
    expect((mentions.errors as Array<{ type: string }>).some((e) => e.type.endsWith('not-authorized-for-field'))).toBe(true);
    const own = await expectValid('GET', '/2/users/{id}/tweets', `/2/users/${HELP}/tweets?max_results=100&${ALL}`);
    const data = own.data as Array<Record<string, unknown>>;
    expect(data.some((p) => p.non_public_metrics && p.organic_metrics)).toBe(true);
    await expectValid('GET', '/2/users/{id}/mentions', `/2/users/${HELP}/mentions?since_id=2999999999999999999`);
  });

  it('GET /2/tweets/{id}, /2/tweets, /2/tweets/search/recent', async () => {
    const list = (await call('GET', `/2/users/${HELP}/mentions?max_results=10`)).body.data as Array<{ id: string }>;
    const id = list[0]?.id ?? '';
    await expectValid('GET', '/2/tweets/{id}', `/2/tweets/${id}?${ALL}`);
    await expectValid('GET', '/2/tweets/{id}', `/2/tweets/1000000000000000000`);
    const many = await expectValid('GET', '/2/tweets', `/2/tweets?ids=${list.map((p) => p.id).join(',')},1000000000000000000&${ALL}`);
    expect((many.errors as Array<{ title: string }>).filter((e) => e.title === 'Not Found Error')).toHaveLength(1);
    await expectValid('GET', '/2/tweets/search/recent', `/2/tweets/search/recent?query=${encodeURIComponent('@northwindhelp -is:retweet')}&max_results=100&${ALL}`);
  });

  it('POST /2/tweets, DELETE /2/tweets/{id}, reposts', async () => {
    const m = await control<{ post: { id: string } }>(sim, 'POST', '/_sim/mentions', { to: 'northwindhelp' });
    const created = await expectValid('POST', '/2/tweets', '/2/tweets', { text: 'Thanks for the note!', reply: { in_reply_to_tweet_id: m.post.id } });
    const id = (created.data as { id: string }).id;
    await expectValid('DELETE', '/2/tweets/{id}', `/2/tweets/${id}`);
    await expectValid('POST', '/2/users/{id}/retweets', `/2/users/${HELP}/retweets`, { tweet_id: m.post.id });
    await expectValid('DELETE', '/2/users/{id}/retweets/{source_tweet_id}', `/2/users/${HELP}/retweets/${m.post.id}`);
  });

  it('400 errors are X invalid-request problems', async () => {
    const cases = [
      `/2/users/${HELP}/mentions?max_results=500`,
      `/2/users/${HELP}/mentions?tweet.fields=nope`,
      `/2/users/${HELP}/mentions?since_id=abc`,
      `/2/users/${HELP}/mentions?pagination_token=!!`,
      `/2/users/${HELP}/mentions?foo=1`,
      '/2/tweets?ids=',
      '/2/tweets/search/recent?query=',
      '/2/tweets/search/recent?query=a&max_results=5',
    ];
    for (const url of cases) {
      const res = await call('GET', url);
      expect(res.status, url).toBe(400);
      expect(res.body.type).toBe('https://api.x.com/2/problems/invalid-request');
      expect(validateAgainst('#/components/schemas/Problem', res.body), url).toEqual([]);
      expect(validateResponse(url.startsWith('/2/tweets/search') ? '/2/tweets/search/recent' : '/2/users/{id}/mentions', 'GET', 400, res.contentType, res.body)).toEqual([]);
    }
    const post = await call('POST', '/2/tweets', { text: 'hi', unknown_field: 1 });
    expect(post.status).toBe(400);
    expect(validateAgainst('#/components/schemas/Problem', post.body)).toEqual([]);
  });

  it('about:blank and plan errors keep X shapes (their types are outside the document’s Problem union)', async () => {
    const noAuth = await fetch(`${sim.url}/2/users/me`);
    expect(await noAuth.json()).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    const like = await call('POST', `/2/users/${HELP}/likes`, { tweet_id: '1' });
    expect(like.status).toBe(403);
    expect(like.body).toMatchObject({ title: 'Client Forbidden', reason: 'client-not-enrolled', status: 403 });
    expect(DOCUMENTED_PROBLEM_TYPES.has(String(like.body.type))).toBe(false);
    for (const body of [like.body]) {
      expect(typeof body.title).toBe('string');
      expect(typeof body.detail).toBe('string');
    }
  });
});
