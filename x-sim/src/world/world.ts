import { createHash } from 'node:crypto';
import { IdMaker } from '../ids';
import { parseText } from './entities';
import { insertSorted } from './sorted';
import type { PostOrigin, SimPost, SimUser } from './types';

export interface NewPost {
  authorId: string;
  text: string;
  at: number;
  origin: PostOrigin;
  stream: number;
  inReplyToPostId?: string;
  /** The parent itself, for drafts whose parent is not indexed yet. */
  parent?: SimPost;
  quotedPostId?: string;
  repostOfId?: string;
  reach?: number;
  likeRate?: number;
  repostRate?: number;
  id?: string;
}

type PostListener = (post: SimPost) => void;

function pushTo(map: Map<string, SimPost[]>, key: string, post: SimPost): void {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  insertSorted(list, post);
}

/** Everything the simulated X holds, indexed the ways the endpoints read it (all lists ascending by id). */
export class World {
  readonly users = new Map<string, SimUser>();
  private readonly usersByName = new Map<string, SimUser>();
  readonly brands: SimUser[] = [];
  readonly people: SimUser[] = [];
  readonly posts = new Map<string, SimPost>();
  readonly timeline: SimPost[] = [];
  readonly mentionsOf = new Map<string, SimPost[]>();
  readonly byAuthor = new Map<string, SimPost[]>();
  readonly byConversation = new Map<string, SimPost[]>();
  readonly repliesToUser = new Map<string, SimPost[]>();
  readonly quotesOfUser = new Map<string, SimPost[]>();
  readonly ids = new IdMaker();
  /** Bumped on every change that could alter an answer; response caching keys on it. */
  version = 0;
  private readonly listeners: PostListener[] = [];

  addUser(user: SimUser): SimUser {
    this.version++;
    this.users.set(user.id, user);
    this.usersByName.set(user.username.toLowerCase(), user);
    if (user.kind === 'brand') this.brands.push(user);
    if (user.kind === 'person') this.people.push(user);
    return user;
  }

  userByName(username: string): SimUser | undefined {
    return this.usersByName.get(username.replace(/^@/, '').toLowerCase());
  }

  /** Accepts an id, a username or an @username. */
  findUser(ref: string): SimUser | undefined {
    return this.users.get(ref) ?? this.userByName(ref);
  }

  onPost(listener: PostListener): void {
    this.listeners.push(listener);
  }

  /** Builds a post (id, entities, conversation) without indexing it; history uses this to draft ahead of `now`. */
  draftPost(input: NewPost): SimPost {
    const parent = input.parent ?? (input.inReplyToPostId ? this.posts.get(input.inReplyToPostId) : undefined);
    const parsed = parseText(input.text, (username) => this.userByName(username)?.id);
    const id = input.id ?? this.ids.make(input.at, input.stream);
    const conversationId = parent ? parent.conversationId : id;
    const post: SimPost = {
      id,
      createdAt: input.at,
      createdAtIso: new Date(input.at).toISOString(),
      authorId: input.authorId,
      text: parsed.text,
      conversationId,
      mentions: parsed.mentions,
      urls: parsed.urls,
      hashtags: parsed.hashtags,
      reach: input.reach ?? 0,
      likeRate: input.likeRate ?? 0,
      repostRate: input.repostRate ?? 0,
      replyCount: 0,
      quoteCount: 0,
      repostCount: 0,
      origin: input.origin,
      deleted: false,
      rev: 0,
      lang: 'en',
      source: input.origin === 'api' ? 'Rapport' : 'X Web App',
    };
    if (parent) {
      post.inReplyToPostId = parent.id;
      post.inReplyToUserId = parent.authorId;
    }
    if (input.quotedPostId) post.quotedPostId = input.quotedPostId;
    if (input.repostOfId) post.repostOfId = input.repostOfId;
    return post;
  }

  createPost(input: NewPost): SimPost {
    const post = this.draftPost(input);
    this.indexPost(post);
    return post;
  }

  indexPost(post: SimPost): void {
    this.version++;
    this.posts.set(post.id, post);
    insertSorted(this.timeline, post);
    pushTo(this.byAuthor, post.authorId, post);
    pushTo(this.byConversation, post.conversationId, post);
    const author = this.users.get(post.authorId);
    if (author) author.postCount++;
    if (post.repostOfId) {
      const original = this.posts.get(post.repostOfId);
      if (original) {
        original.repostCount++;
        original.rev++;
      }
    } else {
      const seen = new Set<string>();
      for (const mention of post.mentions) {
        if (!mention.id || mention.id === post.authorId || seen.has(mention.id)) continue;
        seen.add(mention.id);
        pushTo(this.mentionsOf, mention.id, post);
      }
    }
    if (post.inReplyToPostId) {
      const parent = this.posts.get(post.inReplyToPostId);
      if (parent) {
        parent.replyCount++;
        parent.rev++;
      }
      if (post.inReplyToUserId && post.inReplyToUserId !== post.authorId) {
        pushTo(this.repliesToUser, post.inReplyToUserId, post);
      }
    }
    if (post.quotedPostId) {
      const quoted = this.posts.get(post.quotedPostId);
      if (quoted) {
        quoted.quoteCount++;
        quoted.rev++;
        if (quoted.authorId !== post.authorId) pushTo(this.quotesOfUser, quoted.authorId, post);
      }
    }
    for (const listener of this.listeners) listener(post);
  }

  deletePost(post: SimPost): void {
    if (post.deleted) return;
    this.version++;
    post.deleted = true;
    post.rev++;
    const author = this.users.get(post.authorId);
    if (author) author.postCount--;
    const parent = post.inReplyToPostId ? this.posts.get(post.inReplyToPostId) : undefined;
    if (parent) {
      parent.replyCount--;
      parent.rev++;
    }
    const quoted = post.quotedPostId ? this.posts.get(post.quotedPostId) : undefined;
    if (quoted) {
      quoted.quoteCount--;
      quoted.rev++;
    }
    const original = post.repostOfId ? this.posts.get(post.repostOfId) : undefined;
    if (original) {
      original.repostCount--;
      original.rev++;
    }
  }

  livePost(id: string): SimPost | undefined {
    const post = this.posts.get(id);
    return post && !post.deleted ? post : undefined;
  }

  findRepost(userId: string, postId: string): SimPost | undefined {
    const own = this.byAuthor.get(userId) ?? [];
    for (let i = own.length - 1; i >= 0; i--) {
      const post = own[i];
      if (post && !post.deleted && post.repostOfId === postId) return post;
    }
    return undefined;
  }

  /** A digest of the world's content (not its time-dependent metrics): equal for equal seeds. */
  hash(): string {
    const digest = createHash('sha256');
    const users = [...this.users.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const u of users) digest.update(`u|${u.id}|${u.username}|${u.name}|${u.createdAt}|${u.followersBase}\n`);
    for (const p of this.timeline) {
      digest.update(
        `p|${p.id}|${p.authorId}|${p.createdAt}|${p.conversationId}|${p.inReplyToPostId ?? ''}|${p.quotedPostId ?? ''}|${p.repostOfId ?? ''}|${p.deleted ? 1 : 0}|${p.text}\n`,
      );
    }
    return digest.digest('hex');
  }
}
