import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponseError, TwitterApi } from 'twitter-api-v2';
import type { SimulatorHandle } from '../src/server';
import { control, mintToken, startTestSim, userClient } from './helpers/sim';

interface PostSummary {
  id: string;
  authorId: string;
  conversationId: string;
}

let sim: SimulatorHandle;
let help: TwitterApi;
let helpId: string;
beforeAll(async () => {
  sim = await startTestSim({ history: false });
  const token = await mintToken(sim, 'northwindhelp');
  helpId = token.user.id;
  help = userClient(sim, token.access_token);
});
afterAll(() => sim.close());

async function mention(to: string, from = 'mayaokafor'): Promise<PostSummary> {
  await control(sim, 'POST', '/_sim/accounts', { username: from });
  return (await control<{ post: PostSummary }>(sim, 'POST', '/_sim/mentions', { to, from })).post;
}

describe('writing through twitter-api-v2', () => {
  it('replies to a mention (summoned) and the reply joins the conversation', async () => {
    const m = await mention('northwindhelp');
    const sent = await help.v2.reply('So sorry! DM us your order number?', m.id);
    expect(sent.data.id).toMatch(/^\d{19}$/);
    expect((sent.data as Record<string, unknown>).edit_history_post_ids).toEqual([sent.data.id]);
    const read = await help.v2.singleTweet(sent.data.id, { 'tweet.fields': ['conversation_id', 'in_reply_to_user_id', 'referenced_tweets', 'author_id'] });
    expect(read.data).toMatchObject({ conversation_id: m.conversationId, in_reply_to_user_id: m.authorId, author_id: helpId });
    const created = await control<{ posts: Array<Record<string, unknown>> }>(sim, 'GET', '/_sim/truth/created?account=northwindhelp');
    expect(created.posts.filter((p) => p.id === sent.data.id)).toHaveLength(1);
    expect(created.posts.find((p) => p.id === sent.data.id)).toMatchObject({ kind: 'reply', inReplyToPostId: m.id, billedAs: 'summoned_reply', costUsd: 0.01 });
  });

  it('refuses a reply to a post whose author did not summon the account (403)', async () => {
    await control(sim, 'POST', '/_sim/accounts', { username: 'randomperson' });
    const unrelated = (await control<{ post: PostSummary }>(sim, 'POST', '/_sim/posts', { from: 'randomperson', text: 'lovely weather today' })).post;
    const err = (await help.v2.reply('hello!', unrelated.id).catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(403);
    expect(err.data).toMatchObject({ title: 'Forbidden', type: 'about:blank', status: 403 });
    expect(err.data.detail).toContain('not been mentioned or otherwise engaged');
  });

  it('allows replies deeper in a conversation the author opened by mentioning the account, and to own posts', async () => {
    const m = await mention('northwindhelp', 'deepthread');
    const ours = await help.v2.reply('On it!', m.id);
    const theirs = (await control<{ post: PostSummary }>(sim, 'POST', '/_sim/replies', { to: ours.data.id, from: 'deepthread', text: 'still broken' })).post;
    await expect(help.v2.reply('Thanks for waiting', theirs.id)).resolves.toBeTruthy();
    const own = await help.v2.tweet('Holiday hours thread');
    await expect(help.v2.reply('Part 2: weekends', own.data.id)).resolves.toBeTruthy();
  });

  it('refuses duplicates and replies to deleted posts', async () => {
    const post = await help.v2.tweet('We are open all weekend');
    const dup = (await help.v2.tweet('We are open all weekend').catch((e: unknown) => e)) as ApiResponseError;
    expect(dup.code).toBe(403);
    await expect(help.v2.deleteTweet(post.data.id)).resolves.toMatchObject({ data: { deleted: true } });
    const gone = (await help.v2.reply('hello', post.data.id).catch((e: unknown) => e)) as ApiResponseError;
    expect(gone.code).toBe(403);
    const lookup = await help.v2.singleTweet(post.data.id);
    expect(lookup.errors?.[0]).toMatchObject({ resource_type: 'tweet', title: 'Not Found Error' });
  });

  it('bills a post with a link at $0.20', async () => {
    const sent = await help.v2.tweet('Our new guide https://northwindcoffee.example/guide');
    const read = await help.v2.singleTweet(sent.data.id, { 'tweet.fields': ['entities'] });
    expect(read.data.text).toMatch(/https:\/\/t\.co\//);
    expect(read.data.entities?.urls?.[0]?.expanded_url).toBe('https://northwindcoffee.example/guide');
    const created = await control<{ posts: Array<Record<string, unknown>> }>(sim, 'GET', '/_sim/truth/created');
    expect(created.posts.find((p) => p.id === sent.data.id)).toMatchObject({ billedAs: 'post_with_url', costUsd: 0.2 });
  });

  it('requires tweet.write to post (403 without it)', async () => {
    const readOnly = userClient(sim, (await mintToken(sim, 'northwindhelp', { scopes: ['tweet.read', 'users.read'] })).access_token);
    const err = (await readOnly.v2.tweet('hi').catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(403);
    await expect(readOnly.v2.me()).resolves.toBeTruthy();
  });

  it('likes are refused with client-not-enrolled; quote posts too (April 2026)', async () => {
    const m = await mention('northwindhelp', 'likerperson');
    const like = (await help.v2.like(helpId, m.id).catch((e: unknown) => e)) as ApiResponseError;
    expect(like.code).toBe(403);
    expect(like.data).toMatchObject({ reason: 'client-not-enrolled', title: 'Client Forbidden' });
    const unlike = (await help.v2.unlike(helpId, m.id).catch((e: unknown) => e)) as ApiResponseError;
    expect(unlike.code).toBe(403);
    const quote = (await help.v2.quote('great point', m.id).catch((e: unknown) => e)) as ApiResponseError;
    expect(quote.data).toMatchObject({ reason: 'client-not-enrolled' });
  });

  it('reposts and un-reposts', async () => {
    const m = await mention('northwindhelp', 'fanofcoffee');
    const rt = await help.v2.retweet(helpId, m.id);
    expect(rt.data.retweeted).toBe(true);
    const again = await help.v2.retweet(helpId, m.id);
    expect(again.data).toEqual(rt.data);
    const tl = await help.v2.userTimeline(helpId, { 'tweet.fields': ['referenced_tweets'] });
    expect(tl.tweets.some((t) => t.referenced_tweets?.[0]?.type === 'retweeted' && t.referenced_tweets[0].id === m.id)).toBe(true);
    await expect(help.v2.unretweet(helpId, m.id)).resolves.toMatchObject({ data: { retweeted: false } });
    const other = (await help.v2.retweet('573918304', m.id).catch((e: unknown) => e)) as ApiResponseError;
    expect(other.code).toBe(403);
  });

  it('the world answers: a reply to a person usually draws a reply back later', async () => {
    const world = await startTestSim({ history: false });
    try {
      const token = await mintToken(world, 'northwindhelp');
      const c = userClient(world, token.access_token);
      let answered = 0;
      for (let i = 0; i < 10; i++) {
        const m = (await control<{ post: PostSummary }>(world, 'POST', '/_sim/mentions', { to: 'northwindhelp' })).post;
        await c.v2.reply(`Thanks for reaching out (${i})`, m.id);
      }
      await control(world, 'POST', '/_sim/clock', { advanceMs: 3 * 3_600_000 });
      const inbound = await control<{ items: Array<{ kind: string; inReplyToPostId: string | null }> }>(world, 'GET', `/_sim/truth/accounts/northwindhelp/inbound`);
      answered = inbound.items.filter((i) => i.kind === 'reply').length;
      expect(answered).toBeGreaterThan(2);
    } finally {
      await world.close();
    }
  });
});
