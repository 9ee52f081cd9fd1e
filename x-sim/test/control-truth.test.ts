import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorHandle } from '../src/server';
import { control, mintToken, startTestSim, userClient } from './helpers/sim';

interface Requests {
  total: number;
  byEndpoint: Record<string, number>;
  byAccount: Record<string, { username: string; total: number; billed: Record<string, number> }>;
  billed: { postsRead: number; usersRead: number; postsCreated: number; summonedReplies: number; costUsd: number };
}
interface Inbound {
  count: number;
  ids: string[];
  byKind: Record<string, number>;
  items: Array<{ id: string; kind: string; inMentions: boolean }>;
}

let sim: SimulatorHandle;
beforeAll(async () => {
  sim = await startTestSim({ history: false, reactions: false });
});
afterAll(() => sim.close());

describe('control API and ground truth', () => {
  it('health, clock and the human page', async () => {
    expect(await control(sim, 'GET', '/_sim/health')).toMatchObject({ ok: true });
    const clock = await control<{ nowMs: number }>(sim, 'POST', '/_sim/clock', { set: '2026-11-25T16:00:00Z' });
    expect(clock.nowMs).toBe(Date.parse('2026-11-25T16:00:00Z'));
    const html = await (await fetch(`${sim.url}/`)).text();
    expect(html).toContain('<h1>X simulator</h1>');
    expect(html).toContain('Create mention');
    expect(html).toContain('<label for="f-kind">');
    const avatar = await fetch(`${sim.url}/avatars/573918304.svg`);
    expect(avatar.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('creates accounts one by one and in bulk (200 for a benchmark)', async () => {
    const one = await control<{ id: string; username: string; created: boolean }>(sim, 'POST', '/_sim/accounts', { username: 'tenant_a1', name: 'Tenant A' });
    expect(one).toMatchObject({ created: true, username: 'tenant_a1', name: 'Tenant A', kind: 'created' });
    expect(one.id).toMatch(/^\d+$/);
    const again = await control<{ created: boolean }>(sim, 'POST', '/_sim/accounts', { username: 'tenant_a1' });
    expect(again.created).toBe(false);
    const bulk = await control<{ count: number; users: Array<{ username: string }> }>(sim, 'POST', '/_sim/accounts/bulk', { count: 200, prefix: 'bench' });
    expect(bulk.count).toBe(200);
    expect(bulk.users[0]?.username).toBe('bench001');
    const client = userClient(sim, (await mintToken(sim, 'bench200')).access_token);
    expect((await client.v2.me()).data.username).toBe('bench200');
  });

  it('draining N new mentions costs ceil(N/100) mention calls, and is billed once per day', async () => {
    await control(sim, 'POST', '/_sim/accounts', { username: 'drainme' });
    const token = await mintToken(sim, 'drainme');
    const client = userClient(sim, token.access_token);
    const N = 250;
    const bulk = await control<{ ids: string[]; newestId: string }>(sim, 'POST', '/_sim/mentions/bulk', { to: 'drainme', count: N });
    expect(bulk.ids).toHaveLength(N);
    await control(sim, 'DELETE', '/_sim/truth/requests');

    const drain = async () => {
      const page = await client.v2.userMentionTimeline(token.user.id, { max_results: 100, expansions: ['author_id'] });
      await page.fetchLast();
      return page.tweets.map((t) => t.id);
    };
    const seen = await drain();
    expect(seen).toHaveLength(N);
    const log = await control<Requests>(sim, 'GET', '/_sim/truth/requests');
    expect(log.byEndpoint['GET /2/users/:id/mentions']).toBe(Math.ceil(N / 100));
    expect(log.billed.postsRead).toBe(N);
    expect(log.byAccount[token.user.id]?.username).toBe('drainme');

    await drain();
    const again = await control<Requests>(sim, 'GET', '/_sim/truth/requests');
    expect(again.byEndpoint['GET /2/users/:id/mentions']).toBe(2 * Math.ceil(N / 100));
    expect(again.billed.postsRead).toBe(N);
    expect(again.billed.costUsd).toBeCloseTo(N * 0.005 + again.billed.usersRead * 0.01, 6);

    const inbound = await control<Inbound>(sim, 'GET', '/_sim/truth/accounts/drainme/inbound');
    expect(inbound.count).toBe(N);
    expect([...inbound.ids].sort()).toEqual([...seen].sort());
  });

  it('counts requests per token as well as per account, and forgets them when cleared', async () => {
    await control(sim, 'POST', '/_sim/accounts', { username: 'two_tokens' });
    const first = await mintToken(sim, 'two_tokens');
    const second = await mintToken(sim, 'two_tokens');
    await control(sim, 'DELETE', '/_sim/truth/requests');
    for (let i = 0; i < 3; i++) await userClient(sim, first.access_token).v2.me();
    await userClient(sim, second.access_token).v2.me();
    await userClient(sim, second.access_token).v2.userMentionTimeline(second.user.id);

    type WithTokens = Requests & { byToken: Record<string, number>; entries: Array<{ tokenId: string | null }> };
    const log = await control<WithTokens>(sim, 'GET', '/_sim/truth/requests?entries=1');
    expect(log.byAccount[first.user.id]?.total).toBe(5);
    const firstId = log.entries[0]?.tokenId ?? '';
    const secondId = log.entries[3]?.tokenId ?? '';
    expect(firstId).toMatch(/^tok_/);
    expect(secondId).toMatch(/^tok_/);
    expect(secondId).not.toBe(firstId);
    expect(log.byToken).toEqual({ [firstId]: 3, [secondId]: 2 });

    await control(sim, 'DELETE', '/_sim/truth/requests');
    expect((await control<WithTokens>(sim, 'GET', '/_sim/truth/requests')).byToken).toEqual({});
  });

  it('a backlog of 5,000 mentions is created quickly', async () => {
    await control(sim, 'POST', '/_sim/accounts', { username: 'backlog' });
    const started = Date.now();
    const bulk = await control<{ count: number }>(sim, 'POST', '/_sim/mentions/bulk', { to: 'backlog', count: 5000, spreadMs: 3_600_000 });
    expect(bulk.count).toBe(5000);
    expect(Date.now() - started).toBeLessThan(3000);
    const inbound = await control<Inbound>(sim, 'GET', '/_sim/truth/accounts/backlog/inbound?items=0');
    expect(inbound.count).toBe(5000);
  });

  it('mentions, replies and quotes on demand; a quote without @ is inbound but not in mentions', async () => {
    await control(sim, 'POST', '/_sim/accounts', { username: 'quoted_brand' });
    const post = await control<{ post: { id: string } }>(sim, 'POST', '/_sim/posts', { from: 'quoted_brand', text: 'Our big announcement' });
    const silent = await control<{ post: { id: string } }>(sim, 'POST', '/_sim/quotes', { of: post.post.id, mention: false, text: 'hmm' });
    const loud = await control<{ post: { id: string } }>(sim, 'POST', '/_sim/quotes', { of: post.post.id, text: 'love it' });
    const reply = await control<{ post: { id: string; text: string } }>(sim, 'POST', '/_sim/replies', { to: post.post.id, text: 'congrats' });
    expect(reply.post.text).toBe('@quoted_brand congrats');
    const inbound = await control<Inbound>(sim, 'GET', '/_sim/truth/accounts/quoted_brand/inbound');
    const byId = new Map(inbound.items.map((i) => [i.id, i]));
    expect(byId.get(silent.post.id)).toMatchObject({ kind: 'quote', inMentions: false });
    expect(byId.get(loud.post.id)).toMatchObject({ kind: 'quote', inMentions: true });
    expect(byId.get(reply.post.id)).toMatchObject({ kind: 'reply', inMentions: true });
    const at = await control<{ post: { createdAt: string } }>(sim, 'POST', '/_sim/mentions', { to: 'quoted_brand', at: '2026-11-25T10:00:00Z' });
    expect(at.post.createdAt).toBe('2026-11-25T10:00:00.000Z');
  });

  it('a reply sent once shows once in created truth, with token and cost', async () => {
    await control(sim, 'POST', '/_sim/accounts', { username: 'replier' });
    const token = await mintToken(sim, 'replier');
    const m = await control<{ post: { id: string } }>(sim, 'POST', '/_sim/mentions', { to: 'replier' });
    await control(sim, 'DELETE', '/_sim/truth/created');
    const sent = await userClient(sim, token.access_token).v2.reply('hello there', m.post.id);
    const created = await control<{ count: number; posts: Array<Record<string, unknown>> }>(sim, 'GET', '/_sim/truth/created?account=replier');
    expect(created.count).toBe(1);
    expect(created.posts[0]).toMatchObject({ id: sent.data.id, inReplyToPostId: m.post.id, username: 'replier', billedAs: 'summoned_reply' });
    expect(String(created.posts[0]?.tokenId)).toMatch(/^tok_/);
    const log = await control<Requests & { entries: Array<{ endpoint: string; created?: string }> }>(sim, 'GET', '/_sim/truth/requests?entries=1');
    expect(log.entries.filter((e) => e.endpoint === 'POST /2/tweets' && e.created === 'summoned_reply')).toHaveLength(1);
  });

  it('live steps add activity; the activity feed lists it newest first', async () => {
    const step = await control<{ count: number }>(sim, 'POST', '/_sim/activity/step', { count: 5 });
    expect(step.count).toBe(5);
    const feed = await control<{ posts: Array<{ id: string }> }>(sim, 'GET', '/_sim/activity?limit=5');
    expect(feed.posts).toHaveLength(5);
    expect(feed.posts.map((p) => p.id)).toEqual(feed.posts.map((p) => p.id).sort().reverse());
  });

  it('app-only tokens read but cannot act as a user', async () => {
    const app = await control<{ access_token: string }>(sim, 'POST', '/_sim/tokens/app');
    const res = await fetch(`${sim.url}/2/users/by/username/northwindhelp`, { headers: { authorization: `Bearer ${app.access_token}` } });
    expect(res.status).toBe(200);
    const me = await fetch(`${sim.url}/2/users/me`, { headers: { authorization: `Bearer ${app.access_token}` } });
    expect(me.status).toBe(403);
  });

  it('control errors are JSON with a message', async () => {
    const res = await fetch(`${sim.url}/_sim/mentions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ to: 'no_such_user_zz' }) });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: expect.stringContaining('no_such_user_zz') });
  });
});
