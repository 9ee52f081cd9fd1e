import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../src/world/build-world';
import { control, mintToken, rawGet, startTestSim, TEST_NOW, userClient } from './helpers/sim';

describe('a deterministic world', () => {
  it('same seed and time → identical world; another seed → another world', () => {
    const a = buildWorld(42, TEST_NOW, true);
    const b = buildWorld(42, TEST_NOW, true);
    const c = buildWorld(7, TEST_NOW, true);
    expect(a.world.hash()).toBe(b.world.hash());
    expect(c.world.hash()).not.toBe(a.world.hash());
    expect(a.historyPosts).toBeGreaterThan(5000);
    expect(a.buildMs).toBeLessThan(2000);
  });

  it('a restart later the same day keeps every earlier post (a strict superset)', () => {
    const early = buildWorld(42, TEST_NOW, true).world;
    const later = buildWorld(42, TEST_NOW + 3 * 3_600_000, true).world;
    const missing = early.timeline.filter((post) => later.posts.get(post.id)?.text !== post.text);
    expect(missing).toEqual([]);
    expect(later.timeline.length).toBeGreaterThanOrEqual(early.timeline.length);
  });

  it('the world shows what the agency preaches: repliers get replies back and grow', () => {
    const { world } = buildWorld(42, TEST_NOW, true);
    const stats = (username: string) => {
      const brand = world.userByName(username);
      if (!brand) throw new Error(username);
      const own = world.byAuthor.get(brand.id) ?? [];
      const replies = own.filter((p) => p.inReplyToPostId).length;
      const inbound = (world.repliesToUser.get(brand.id) ?? []).length;
      const growth = (brand.followersBase * (brand.brand?.growthPerDay ?? 0) * 90) / brand.followersBase;
      return { replies, inbound, growth, share: replies / Math.max(1, own.length) };
    };
    const help = stats('northwindhelp');
    const bikes = stats('lumenbikes');
    expect(help.share).toBeGreaterThan(0.7);
    expect(bikes.share).toBeLessThan(0.2);
    expect(help.inbound).toBeGreaterThan(bikes.inbound * 5);
    expect(help.growth).toBeGreaterThan(bikes.growth * 5);
  });

  it('restarting the server reproduces the same API answers', async () => {
    const read = async () => {
      const sim = await startTestSim();
      try {
        const token = (await mintToken(sim, 'northwindcoffee')).access_token;
        const res = await rawGet(sim, '/2/users/573918304/mentions?max_results=100&tweet.fields=created_at,public_metrics&expansions=author_id', token);
        const world = await control<{ hash: string }>(sim, 'GET', '/_sim/world');
        return { body: JSON.stringify(res.body).replaceAll(sim.url, ''), hash: world.hash };
      } finally {
        await sim.close();
      }
    };
    const first = await read();
    const second = await read();
    expect(second.hash).toBe(first.hash);
    expect(second.body).toBe(first.body);
  });

  it('a state file carries tokens, posts and the clock across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'x-sim-'));
    const stateFile = join(dir, 'state.json');
    try {
      const one = await startTestSim({ stateFile });
      const token = await mintToken(one, 'northwindhelp');
      const sent = await userClient(one, token.access_token).v2.tweet('saved across restarts');
      await control(one, 'POST', '/_sim/clock', { advanceMs: 60_000 });
      await one.close();

      const two = await startTestSim({ stateFile });
      try {
        const client = userClient(two, token.access_token);
        const read = await client.v2.singleTweet(sent.data.id);
        expect(read.data.text).toBe('saved across restarts');
        expect(two.now()).toBe(TEST_NOW + 60_000);
        const created = await control<{ count: number }>(two, 'GET', '/_sim/truth/created');
        expect(created.count).toBe(1);
      } finally {
        await two.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reset returns to the seeded world or an empty one', async () => {
    const sim = await startTestSim();
    try {
      const before = await control<{ hash: string }>(sim, 'GET', '/_sim/world');
      await control(sim, 'POST', '/_sim/mentions', { to: 'lumenbikes' });
      const changed = await control<{ hash: string }>(sim, 'GET', '/_sim/world');
      expect(changed.hash).not.toBe(before.hash);
      const back = await control<{ hash: string }>(sim, 'POST', '/_sim/reset', {});
      expect(back.hash).toBe(before.hash);
      const empty = await control<{ posts: number; users: number }>(sim, 'POST', '/_sim/reset', { mode: 'empty' });
      expect(empty.posts).toBe(0);
      expect(empty.users).toBeGreaterThan(4);
    } finally {
      await sim.close();
    }
  });
});
