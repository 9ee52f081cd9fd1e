import type { Rng } from '../prng';
import { engagementFor, firstName, replyText, WeightedPicker } from './engagement';
import type { Person } from './population';
import { texts } from './texts';
import type { PostOrigin, SimPost, SimUser } from './types';
import type { World } from './world';

export interface ActorContext {
  world: World;
  rng: Rng;
  origin: PostOrigin;
  stream: number;
  people: WeightedPicker<Person> | null;
}

export function makePicker(people: readonly Person[]): WeightedPicker<Person> | null {
  return people.length ? new WeightedPicker(people, (p) => p.activity) : null;
}

export function randomPerson(ctx: ActorContext, exclude?: string): SimUser {
  const fallback = ctx.world.people.filter((p) => p.id !== exclude);
  for (let i = 0; i < 5 && ctx.people; i++) {
    const user = ctx.people.pick(ctx.rng).user;
    if (user.id !== exclude) return user;
  }
  if (fallback.length) return ctx.rng.pick(fallback);
  throw new Error('the world has no people to act');
}

function topicOf(target: SimUser): Parameters<typeof texts.mention>[1] {
  return target.brand?.topic ?? 'coffee';
}

/** A person @mentions an account (a new conversation). */
export function createMention(ctx: ActorContext, to: SimUser, options: { from?: SimUser; text?: string; at: number }): SimPost {
  const from = options.from ?? randomPerson(ctx, to.id);
  let text = options.text ?? texts.mention(ctx.rng, topicOf(to), to.username);
  if (!new RegExp(`@${to.username}\\b`, 'i').test(text)) text = `@${to.username} ${text}`;
  return ctx.world.createPost({
    authorId: from.id,
    text,
    at: options.at,
    origin: ctx.origin,
    stream: ctx.stream,
    ...engagementFor(from, 'mention', options.at, ctx.rng),
  });
}

/** A reply to a post; the text starts with the parent author's @handle, as X clients write replies. */
export function createReply(ctx: ActorContext, parent: SimPost, options: { from?: SimUser; text?: string; at: number }): SimPost {
  const parentAuthor = ctx.world.users.get(parent.authorId);
  if (!parentAuthor) throw new Error('parent author missing');
  const from = options.from ?? randomPerson(ctx, parentAuthor.id);
  let body = options.text;
  if (body === undefined) {
    body = parentAuthor.brand
      ? texts.replyBack(ctx.rng)
      : from.brand
        ? texts.brandReply(ctx.rng, from.brand.topic, firstName(parentAuthor), parent.text)
        : texts.comment(ctx.rng);
  }
  const text = body.startsWith(`@${parentAuthor.username}`) || from.id === parentAuthor.id ? body : replyText(parentAuthor, body);
  return ctx.world.createPost({
    authorId: from.id,
    text,
    at: options.at,
    origin: ctx.origin,
    stream: ctx.stream,
    inReplyToPostId: parent.id,
    ...engagementFor(from, 'reply', options.at, ctx.rng),
  });
}

/** A quote of a post; `mention` adds the quoted author's @handle (without it, X's mentions timeline misses it). */
export function createQuote(
  ctx: ActorContext,
  quoted: SimPost,
  options: { from?: SimUser; text?: string; at: number; mention?: boolean },
): SimPost {
  const quotedAuthor = ctx.world.users.get(quoted.authorId);
  const from = options.from ?? randomPerson(ctx, quoted.authorId);
  let text = options.text ?? texts.comment(ctx.rng);
  if (options.mention && quotedAuthor && !text.includes(`@${quotedAuthor.username}`)) text = `${text} @${quotedAuthor.username}`;
  return ctx.world.createPost({
    authorId: from.id,
    text,
    at: options.at,
    origin: ctx.origin,
    stream: ctx.stream,
    quotedPostId: quoted.id,
    ...engagementFor(from, 'quote', options.at, ctx.rng),
  });
}

export function createOriginal(ctx: ActorContext, from: SimUser, options: { text?: string; at: number }): SimPost {
  const topic = from.brand?.topic;
  const link = from.brand ? ctx.rng.chance(from.brand.linkShare) : false;
  const text =
    options.text ??
    (topic && from.brand ? (link ? texts.linkPost(ctx.rng, topic, from.brand.site) : texts.brandPost(ctx.rng, topic)) : texts.comment(ctx.rng));
  const hasLink = /https?:\/\//.test(text);
  return ctx.world.createPost({
    authorId: from.id,
    text,
    at: options.at,
    origin: ctx.origin,
    stream: ctx.stream,
    ...engagementFor(from, hasLink ? 'link' : 'original', options.at, ctx.rng),
  });
}

/** The brand's recent replies to people (the posts people answer back to). */
export function recentReplies(world: World, brand: SimUser, now: number, withinMs: number): SimPost[] {
  const own = world.byAuthor.get(brand.id) ?? [];
  const out: SimPost[] = [];
  for (let i = own.length - 1; i >= 0 && out.length < 30; i--) {
    const post = own[i];
    if (!post) continue;
    if (now - post.createdAt > withinMs) break;
    if (!post.deleted && post.inReplyToUserId && post.inReplyToUserId !== brand.id && post.createdAt <= now) out.push(post);
  }
  return out;
}

export function recentOriginals(world: World, brand: SimUser, now: number, withinMs: number): SimPost[] {
  const own = world.byAuthor.get(brand.id) ?? [];
  const out: SimPost[] = [];
  for (let i = own.length - 1; i >= 0 && out.length < 20; i--) {
    const post = own[i];
    if (!post) continue;
    if (now - post.createdAt > withinMs) break;
    if (!post.deleted && !post.inReplyToPostId && !post.repostOfId && post.createdAt <= now) out.push(post);
  }
  return out;
}
