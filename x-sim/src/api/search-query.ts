import type { SimPost } from '../world/types';
import type { World } from '../world/world';

type Term =
  | { kind: 'conversation'; id: string }
  | { kind: 'from'; userId: string | null }
  | { kind: 'to'; userId: string | null }
  | { kind: 'mention'; userId: string | null }
  | { kind: 'inReplyTo'; id: string }
  | { kind: 'quotesOf'; id: string }
  | { kind: 'retweetsOf'; id: string }
  | { kind: 'is'; what: 'reply' | 'quote' | 'retweet' }
  | { kind: 'has'; what: 'links' | 'mentions' | 'hashtags' }
  | { kind: 'url'; text: string }
  | { kind: 'lang'; lang: string }
  | { kind: 'hashtag'; tag: string }
  | { kind: 'word'; text: string };

interface Clause {
  negated: boolean;
  term: Term;
}

/** Conjunction of disjunctions: `a b OR c` means a AND (b OR c). */
export interface SearchQuery {
  groups: Clause[][];
}

export class QueryError extends Error {}

function tokenize(query: string): string[] {
  const tokens: string[] = [];
  const pattern = /-?"[^"]*"|[^\s()]+|[()]/g;
  for (const match of query.matchAll(pattern)) tokens.push(match[0]);
  return tokens.filter((t) => t !== '(' && t !== ')');
}

function parseTerm(raw: string, world: World): Term {
  const user = (name: string): string | null => world.userByName(name)?.id ?? null;
  const colon = raw.indexOf(':');
  if (raw.startsWith('"')) return { kind: 'word', text: raw.slice(1, -1).toLowerCase() };
  if (raw.startsWith('@') && raw.length > 1) return { kind: 'mention', userId: user(raw.slice(1)) };
  if (raw.startsWith('#') && raw.length > 1) return { kind: 'hashtag', tag: raw.slice(1).toLowerCase() };
  if (colon > 0 && !/^https?:/.test(raw)) {
    const op = raw.slice(0, colon);
    const value = raw.slice(colon + 1).replace(/^"|"$/g, '');
    if (!value) throw new QueryError(`There were errors processing your request: Missing value for operator '${op}:'`);
    switch (op) {
      case 'conversation_id': return { kind: 'conversation', id: value };
      case 'from': return { kind: 'from', userId: user(value) ?? (/^\d+$/.test(value) ? value : null) };
      case 'to': return { kind: 'to', userId: user(value) ?? (/^\d+$/.test(value) ? value : null) };
      case 'in_reply_to_tweet_id': return { kind: 'inReplyTo', id: value };
      case 'quotes_of_tweet_id': return { kind: 'quotesOf', id: value };
      case 'retweets_of_tweet_id': return { kind: 'retweetsOf', id: value };
      case 'url': return { kind: 'url', text: value.toLowerCase() };
      case 'lang': return { kind: 'lang', lang: value };
      case 'is':
        if (value === 'reply' || value === 'quote' || value === 'retweet') return { kind: 'is', what: value };
        break;
      case 'has':
        if (value === 'links' || value === 'mentions' || value === 'hashtags') return { kind: 'has', what: value };
        break;
    }
    throw new QueryError(`There were errors processing your request: Reference to invalid operator '${op}:${value}'`);
  }
  return { kind: 'word', text: raw.toLowerCase() };
}

export function parseQuery(query: string, world: World): SearchQuery {
  const tokens = tokenize(query);
  const groups: Clause[][] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token === 'OR') {
      if (!groups.length) throw new QueryError("There were errors processing your request: Ambiguous use of or as a keyword");
      joinNext = true;
      continue;
    }
    const negated = token.startsWith('-') && token.length > 1;
    const clause: Clause = { negated, term: parseTerm(negated ? token.slice(1) : token, world) };
    const last = groups[groups.length - 1];
    if (joinNext && last) last.push(clause);
    else groups.push([clause]);
    joinNext = false;
  }
  if (!groups.length || groups.every((g) => g.every((c) => c.negated))) {
    throw new QueryError('There were errors processing your request: Rules must contain a non-negation term');
  }
  return { groups };
}

function containsWord(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf(word, from);
    if (at < 0) return false;
    const before = at === 0 ? ' ' : lower[at - 1] ?? ' ';
    const after = lower[at + word.length] ?? ' ';
    if (!/[a-z0-9_]/.test(before) && !/[a-z0-9_]/.test(after)) return true;
    from = at + 1;
  }
}

function termMatches(term: Term, post: SimPost): boolean {
  switch (term.kind) {
    case 'conversation': return post.conversationId === term.id;
    case 'from': return post.authorId === term.userId;
    case 'to': return post.inReplyToUserId === term.userId;
    case 'mention': return !post.repostOfId && post.mentions.some((m) => m.id === term.userId);
    case 'inReplyTo': return post.inReplyToPostId === term.id;
    case 'quotesOf': return post.quotedPostId === term.id;
    case 'retweetsOf': return post.repostOfId === term.id;
    case 'is': return term.what === 'reply' ? !!post.inReplyToPostId : term.what === 'quote' ? !!post.quotedPostId : !!post.repostOfId;
    case 'has': return term.what === 'links' ? post.urls.length > 0 : term.what === 'mentions' ? post.mentions.length > 0 : post.hashtags.length > 0;
    case 'url': return post.urls.some((u) => u.expanded_url.toLowerCase().includes(term.text) || u.url.includes(term.text));
    case 'lang': return post.lang === term.lang;
    case 'hashtag': return post.hashtags.some((h) => h.tag.toLowerCase() === term.tag);
    case 'word': return containsWord(post.text, term.text);
  }
}

export function matches(query: SearchQuery, post: SimPost): boolean {
  for (const group of query.groups) {
    let any = false;
    for (const clause of group) {
      if (termMatches(clause.term, post) !== clause.negated) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

/** The smallest index that covers a required term, so most queries never scan the whole timeline. */
export function candidates(query: SearchQuery, world: World): readonly SimPost[] {
  let best: readonly SimPost[] = world.timeline;
  for (const group of query.groups) {
    const only = group.length === 1 ? group[0] : undefined;
    if (!only || only.negated) continue;
    const t = only.term;
    let list: readonly SimPost[] | undefined;
    if (t.kind === 'conversation') list = world.byConversation.get(t.id) ?? [];
    else if (t.kind === 'from') list = t.userId ? (world.byAuthor.get(t.userId) ?? []) : [];
    else if (t.kind === 'mention') list = t.userId ? (world.mentionsOf.get(t.userId) ?? []) : [];
    else if (t.kind === 'to') list = t.userId ? (world.repliesToUser.get(t.userId) ?? []) : [];
    if (list && list.length < best.length) best = list;
  }
  return best;
}
