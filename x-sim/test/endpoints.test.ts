import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TweetV2, TweetV2PaginableTimelineParams, TwitterApi } from 'twitter-api-v2';
import type { SimulatorHandle } from '../src/server';
import { control, mintToken, startTestSim, userClient } from './helpers/sim';

const NORTHWIND_HELP = '781249570385059840';
const FIELDS: Partial<TweetV2PaginableTimelineParams> = {
  'tweet.fields': ['created_at', 'conversation_id', 'in_reply_to_user_id', 'referenced_tweets', 'entities', 'public_metrics', 'author_id'],
  expansions: ['author_id', 'referenced_tweets.id', 'in_reply_to_user_id'],
  'user.fields': ['public_metrics', 'created_at', 'description', 'profile_image_url', 'verified'],
};

let sim: SimulatorHandle;
let client: TwitterApi;
beforeAll(async () => {
  sim = await startTestSim({ rateScale: 10 });
  client = userClient(sim, (await mintToken(sim, 'northwindhelp')).access_token);
});
afterAll(() => sim.close());

describe('read endpoints through twitter-api-v2', () => {
  it('users: me, by id, by ids, by username', async () => {
    const me = await client.v2.me({ 'user.fields': ['public_metrics', 'created_at'] });
    expect(me.data).toMatchObject({ id: NORTHWIND_HELP, username: 'northwindhelp', name: 'Northwind Coffee Help' });
    expect(me.data.public_metrics?.tweet_count).toBeGreaterThan(0);
    expect((me.data.public_metrics as Record<string, number> | undefined)?.post_count).toBe(me.data.public_metrics?.tweet_count);

    const one = await client.v2.user('573918304');
    expect(one.data).toEqual({ id: '573918304', name: 'Northwind Coffee', username: 'northwindcoffee' });

    const many = await client.v2.users(['573918304', '2389475610', '999'], { 'user.fields': ['public_metrics'] });
    expect(many.data.map((u) => u.username)).toEqual(['northwindcoffee', 'lumenbikes']);
    expect(many.errors?.[0]).toMatchObject({ resource_id: '999', resource_type: 'user', title: 'Not Found Error' });

    const byName = await client.v2.userByUsername('harborhealth');
    expect(byName.data.id).toBe('1517204963');
    const missing = await client.v2.userByUsername('nobody_here_x');
    expect(missing.data).toBeUndefined();
    expect(missing.errors?.[0]).toMatchObject({ parameter: 'username', value: 'nobody_here_x' });
  });

  it('mentions: newest first, expansions, paginated to the 800 cap with fetchNext / fetchLast', async () => {
    const timeline = await client.v2.userMentionTimeline(NORTHWIND_HELP, { max_results: 100, ...FIELDS });
    const first = timeline.tweets;
    expect(first).toHaveLength(100);
    expect([...first].map((t) => t.id)).toEqual([...first].map((t) => t.id).sort().reverse());
    expect(timeline.meta.newest_id).toBe(first[0]?.id);
    const withAuthor = first.filter((t) => timeline.includes.author(t));
    expect(withAuthor).toHaveLength(100);
    const reply = first.find((t) => t.referenced_tweets?.some((r) => r.type === 'replied_to'));
    expect(reply && timeline.includes.repliedTo(reply)).toBeTruthy();
    expect((reply as TweetV2 & { referenced_posts?: unknown }).referenced_posts).toEqual(reply?.referenced_tweets);

    await timeline.fetchNext();
    expect(timeline.tweets).toHaveLength(200);
    await timeline.fetchLast();
    expect(timeline.tweets).toHaveLength(800);
    expect(timeline.done).toBe(true);
    expect(new Set(timeline.tweets.map((t) => t.id)).size).toBe(800);
  });

  it('mentions: since_id returns only newer ones; async iteration drains', async () => {
    const latest = await client.v2.userMentionTimeline(NORTHWIND_HELP, { max_results: 5 });
    const newest = latest.meta.newest_id ?? '';
    const none = await client.v2.userMentionTimeline(NORTHWIND_HELP, { since_id: newest, max_results: 5 });
    expect(none.meta.result_count).toBe(0);
    expect(none.tweets).toEqual([]);
    await control(sim, 'POST', '/_sim/mentions/bulk', { to: 'northwindhelp', count: 12, spreadMs: 12_000 });
    const fresh = await client.v2.userMentionTimeline(NORTHWIND_HELP, { since_id: newest, max_results: 5 });
    const ids: string[] = [];
    for await (const tweet of fresh) ids.push(tweet.id);
    expect(ids).toHaveLength(12);
    expect(ids.every((id) => id > newest)).toBe(true);
  });

  it('mentions: until_id returns only older ones, pages on below it, and bounds a window with since_id', async () => {
    const top = await client.v2.userMentionTimeline(NORTHWIND_HELP, { max_results: 30 });
    const ids = top.tweets.map((t) => t.id);
    expect(ids).toHaveLength(30);
    const until = ids[4] ?? '';

    const older = await client.v2.userMentionTimeline(NORTHWIND_HELP, { until_id: until, max_results: 10 });
    expect(older.tweets.map((t) => t.id)).toEqual(ids.slice(5, 15));
    expect(older.meta).toMatchObject({ result_count: 10, newest_id: ids[5], oldest_id: ids[14] });
    await older.fetchNext();
    expect(older.tweets.map((t) => t.id)).toEqual(ids.slice(5, 25));

    const window = await client.v2.userMentionTimeline(NORTHWIND_HELP, { since_id: ids[10], until_id: until, max_results: 100 });
    expect(window.tweets.map((t) => t.id)).toEqual(ids.slice(5, 10));
    expect(window.meta.next_token).toBeUndefined();

    await expect(client.v2.userMentionTimeline(NORTHWIND_HELP, { since_id: until, until_id: ids[10] })).rejects.toMatchObject({ code: 400 });
  });

  it('mentions: start_time/end_time bound the window; previous_token walks back', async () => {
    const start = sim.now() - 2 * 86_400_000;
    const end = sim.now() - 86_400_000;
    const tl = await client.v2.userMentionTimeline(NORTHWIND_HELP, {
      start_time: new Date(start).toISOString(),
      end_time: new Date(end).toISOString(),
      max_results: 100,
      'tweet.fields': ['created_at'],
    });
    await tl.fetchLast();
    expect(tl.tweets.length).toBeGreaterThan(5);
    expect(tl.tweets.every((t) => Date.parse(t.created_at ?? '') >= start && Date.parse(t.created_at ?? '') < end)).toBe(true);

    type Page = { data: Array<{ id: string }>; meta: { next_token?: string; previous_token?: string } };
    const first = (await client.v2.get(`users/${NORTHWIND_HELP}/mentions`, { max_results: 10 })) as unknown as Page;
    const second = (await client.v2.get(`users/${NORTHWIND_HELP}/mentions`, { max_results: 10, pagination_token: first.meta.next_token })) as unknown as Page;
    expect((second.data[0]?.id ?? '') < (first.data[9]?.id ?? '')).toBe(true);
    const back = (await client.v2.get(`users/${NORTHWIND_HELP}/mentions`, { max_results: 10, pagination_token: second.meta.previous_token })) as unknown as Page;
    expect(back.data.map((t) => t.id)).toEqual(first.data.map((t) => t.id));
  });

  it('user tweets: exclude replies and retweets, paginate', async () => {
    const tl = await client.v2.userTimeline('573918304', { max_results: 50, exclude: ['replies', 'retweets'], 'tweet.fields': ['referenced_tweets', 'entities'] });
    expect(tl.tweets.length).toBeGreaterThan(0);
    expect(tl.tweets.every((t) => !t.referenced_tweets?.some((r) => r.type === 'replied_to' || r.type === 'retweeted'))).toBe(true);
    const links = tl.tweets.filter((t) => t.entities?.urls?.length);
    expect(links.length).toBeGreaterThan(0);
    const all = await client.v2.userTimeline('2389475610', { max_results: 100 });
    await all.fetchLast();
    expect(all.tweets.length).toBeGreaterThan(100);
  });

  it('tweet lookup: single and by ids with partial errors', async () => {
    const tl = await client.v2.userMentionTimeline(NORTHWIND_HELP, { max_results: 5 });
    const ids = tl.tweets.map((t) => t.id);
    const single = await client.v2.singleTweet(ids[0] ?? '', { 'tweet.fields': ['public_metrics'] });
    expect(single.data.id).toBe(ids[0]);
    expect(single.data.public_metrics).toMatchObject({ reply_count: expect.any(Number), retweet_count: expect.any(Number) });
    const many = await client.v2.tweets([...ids, '1999999999999999999'], { 'tweet.fields': ['created_at'] });
    expect(many.data.map((t) => t.id)).toEqual(ids);
    expect(many.errors?.[0]).toMatchObject({ resource_id: '1999999999999999999', resource_type: 'tweet' });
  });

  it('search recent: conversation_id, from:, to:, @handle and words; paginates with next_token', async () => {
    const mentions = await client.v2.userMentionTimeline(NORTHWIND_HELP, { max_results: 100, 'tweet.fields': ['conversation_id', 'in_reply_to_user_id'] });
    const threaded = mentions.tweets.find((t) => t.in_reply_to_user_id === NORTHWIND_HELP);
    expect(threaded).toBeTruthy();
    const conv = await client.v2.search(`conversation_id:${threaded?.conversation_id ?? ''}`, { 'tweet.fields': ['conversation_id'], max_results: 10 });
    expect(conv.tweets.length).toBeGreaterThan(0);
    expect(conv.tweets.every((t) => t.conversation_id === threaded?.conversation_id)).toBe(true);

    const fromBrand = await client.v2.search('from:northwindhelp to:northwindhelp', { max_results: 10 });
    expect(fromBrand.meta.result_count).toBe(0);
    const toBrand = await client.v2.search('to:northwindhelp', { max_results: 10, expansions: ['author_id'] });
    expect(toBrand.tweets.length).toBe(10);
    const words = await client.v2.search('@northwindhelp refund', { max_results: 10 });
    expect(words.tweets.every((t) => /refund/i.test(t.text) && /@northwindhelp/i.test(t.text))).toBe(true);

    const paged = await client.v2.search('@northwindhelp', { max_results: 100 });
    await paged.fetchLast(1000);
    expect(paged.tweets.length).toBeGreaterThan(100);
    const oldest = Math.min(...paged.tweets.map((t) => Date.parse((t as TweetV2).created_at ?? '') || Infinity));
    expect(Number.isFinite(oldest) ? oldest : sim.now()).toBeGreaterThanOrEqual(sim.now() - 7 * 86_400_000);
  });

  it('search refuses a start_time older than 7 days and unknown operators (400)', async () => {
    const old = new Date(sim.now() - 8 * 86_400_000).toISOString();
    await expect(client.v2.search('@northwindhelp', { start_time: old })).rejects.toMatchObject({ code: 400 });
    await expect(client.v2.search('foo:bar')).rejects.toMatchObject({ code: 400 });
  });

  it('max_results out of range → X 400 problem', async () => {
    const err = await client.v2.userMentionTimeline(NORTHWIND_HELP, { max_results: 500 }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 400,
      data: {
        title: 'Invalid Request',
        type: 'https://api.x.com/2/problems/invalid-request',
        errors: [{ message: 'The `max_results` query parameter value [500] is not between 5 and 100', parameters: { max_results: ['500'] } }],
      },
    });
  });

  it('post.fields and referenced_posts.id work for new-vocabulary clients', async () => {
    const res = await client.v2.get(`users/${NORTHWIND_HELP}/mentions`, {
      'post.fields': 'public_metrics,created_at',
      expansions: 'referenced_posts.id,author_id',
      max_results: 20,
    });
    const data = res.data as Array<Record<string, unknown>>;
    expect(data[0]).toHaveProperty('edit_history_post_ids');
    expect((data[0]?.public_metrics as Record<string, number>).repost_count).toBeTypeOf('number');
    expect(res.includes?.users?.length).toBeGreaterThan(0);
    const includes = res.includes as Record<string, unknown[]> | undefined;
    if (includes?.tweets) expect(includes.posts).toEqual(includes.tweets);
  });
});
