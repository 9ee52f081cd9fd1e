import type { SimPost, SimUser } from '../world/types';
import { notFoundError } from './errors';
import type { Selection } from './params';
import { referencedOf, renderPost, renderUser, type Json, type RenderContext } from './render';

interface CachedJson {
  sel: number;
  second: number;
  rev: number;
  json: Buffer;
}
const postCache = new WeakMap<SimPost, CachedJson>();
const userCache = new WeakMap<SimUser, CachedJson>();
const selectionIds = new Map<string, number>();

/** Small integer per distinct field selection, so cache checks compare numbers, not long strings. */
function selectionId(sel: Selection): number {
  let id = selectionIds.get(sel.key);
  if (id === undefined) {
    id = selectionIds.size + 1;
    selectionIds.set(sel.key, id);
  }
  return id;
}
const COMMA = Buffer.from(',');
const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');

/**
 * A post's encoded JSON, reused while nothing about it can have changed: same fields asked, same second
 * (metrics move with the clock in one-second steps), same revision (counts, deletion). Responses are
 * assembled from these bytes, so a page is never serialised or UTF-8 encoded twice.
 */
export function postJson(post: SimPost, sel: Selection, ctx: RenderContext, errors: Json[]): Buffer {
  if (sel.privateMetrics) return Buffer.from(JSON.stringify(renderPost(post, sel, ctx, errors)));
  const id = selectionId(sel);
  const second = Math.floor(ctx.now / 1000);
  const hit = postCache.get(post);
  if (hit && hit.sel === id && hit.second === second && hit.rev === post.rev) return hit.json;
  const json = Buffer.from(JSON.stringify(renderPost(post, sel, ctx, errors)));
  postCache.set(post, { sel: id, second, rev: post.rev, json });
  return json;
}

export function userJson(user: SimUser, sel: Selection, ctx: RenderContext): Buffer {
  const id = selectionId(sel);
  const second = Math.floor(ctx.now / 1000);
  const rev = user.postCount * 100_003 + user.followersBonus;
  const hit = userCache.get(user);
  if (hit && hit.sel === id && hit.second === second && hit.rev === rev) return hit.json;
  const json = Buffer.from(JSON.stringify(renderUser(user, sel, ctx)));
  userCache.set(user, { sel: id, second, rev, json });
  return json;
}

/** Encoded JSON kept as a list of chunks, concatenated once when the whole body is ready. */
export type Chunks = Buffer[];

/** `[a,b,c]` from encoded items. */
export function jsonArray(items: readonly Buffer[]): Chunks {
  const parts: Chunks = [OPEN_ARRAY];
  items.forEach((item, i) => {
    if (i) parts.push(COMMA);
    parts.push(item);
  });
  parts.push(CLOSE_ARRAY);
  return parts;
}

export interface Rendered {
  /** Encoded JSON of each data item. */
  data: Buffer[];
  /** Encoded JSON of the includes object, if anything was expanded. */
  includes?: Chunks;
  errors: Json[];
  postIds: string[];
  userIds: string[];
}

function includesJson(users: Buffer[], posts: Buffer[], sel: Selection): Chunks | undefined {
  const parts: Chunks = [];
  if (users.length) parts.push(Buffer.from('"users":'), ...jsonArray(users));
  if (posts.length) {
    const array = jsonArray(posts);
    for (const key of sel.includeKeys) {
      if (parts.length) parts.push(COMMA);
      parts.push(Buffer.from(`"${key}":`), ...array);
    }
  }
  return parts.length ? [Buffer.from('{'), ...parts, Buffer.from('}')] : undefined;
}

/** Renders posts plus the includes their expansions ask for (users; referenced posts under the key of the vocabulary asked in). */
export function renderPosts(posts: readonly SimPost[], sel: Selection, ctx: RenderContext): Rendered {
  const errors: Json[] = [];
  const data = posts.map((p) => postJson(p, sel, ctx, errors));
  const x = sel.expansions;
  const userIds = new Set<string>();
  const includedPosts: SimPost[] = [];
  if (x.size) {
    const seenPosts = new Set<string>();
    for (const post of posts) {
      if (x.has('author_id')) userIds.add(post.authorId);
      if (x.has('in_reply_to_user_id') && post.inReplyToUserId) userIds.add(post.inReplyToUserId);
      if (x.has('entities.mentions.username')) for (const m of post.mentions) if (m.id) userIds.add(m.id);
      if (x.has('referenced_tweets.id') || x.has('referenced_tweets.id.author_id')) {
        for (const ref of referencedOf(post)) {
          if (seenPosts.has(ref.id)) continue;
          seenPosts.add(ref.id);
          const target = ctx.world.livePost(ref.id);
          if (!target) {
            errors.push({ ...notFoundError('tweet', 'referenced_tweets.id', ref.id), section: 'includes' });
            continue;
          }
          if (x.has('referenced_tweets.id')) includedPosts.push(target);
          if (x.has('referenced_tweets.id.author_id')) userIds.add(target.authorId);
        }
      }
    }
  }
  const users: Buffer[] = [];
  for (const id of userIds) {
    const user = ctx.world.users.get(id);
    if (user) users.push(userJson(user, sel, ctx));
  }
  const included = includedPosts.map((p) => postJson(p, sel, ctx, errors));
  return {
    data,
    includes: includesJson(users, included, sel),
    errors,
    postIds: [...posts.map((p) => p.id), ...includedPosts.map((p) => p.id)],
    userIds: [...userIds],
  };
}

/** Users plus their expanded posts (most recent post). */
export function renderUsers(users: readonly SimUser[], sel: Selection, ctx: RenderContext): Rendered {
  const errors: Json[] = [];
  const data = users.map((u) => userJson(u, sel, ctx));
  const posts: SimPost[] = [];
  if (sel.expansions.has('most_recent_tweet_id') || sel.expansions.has('most_recent_post_id')) {
    for (const user of users) {
      const own = ctx.world.byAuthor.get(user.id) ?? [];
      for (let i = own.length - 1; i >= 0; i--) {
        const post = own[i];
        if (post && !post.deleted && post.createdAt <= ctx.now) {
          posts.push(post);
          break;
        }
      }
    }
  }
  const included = posts.map((p) => postJson(p, sel, ctx, errors));
  return { data, includes: includesJson([], included, sel), errors, postIds: posts.map((p) => p.id), userIds: users.map((u) => u.id) };
}

/** Assembles a response body from already-encoded parts (items are never serialised twice). */
export function bodyJson(parts: { data?: Buffer | Chunks; includes?: Chunks; errors?: Json[]; meta?: Json }): Buffer {
  const out: Buffer[] = [];
  const field = (name: string, value: Buffer | Chunks): void => {
    out.push(Buffer.from(`${out.length ? ',' : '{'}"${name}":`));
    if (Buffer.isBuffer(value)) out.push(value);
    else for (const chunk of value) out.push(chunk);
  };
  if (parts.data !== undefined) field('data', parts.data);
  if (parts.includes !== undefined) field('includes', parts.includes);
  if (parts.errors?.length) field('errors', Buffer.from(JSON.stringify(parts.errors)));
  if (parts.meta) field('meta', Buffer.from(JSON.stringify(parts.meta)));
  out.push(Buffer.from(out.length ? '}' : '{}'));
  return Buffer.concat(out);
}
