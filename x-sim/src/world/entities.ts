import { hashString } from '../prng';
import type { HashtagEntity, MentionEntity, UrlEntity } from './types';

const URL_PATTERN = /https?:\/\/[^\s]+/g;
const MENTION_PATTERN = /(^|[^A-Za-z0-9_])@([A-Za-z0-9_]{1,15})/g;
const HASHTAG_PATTERN = /(^|\s)#([A-Za-z][A-Za-z0-9_]*)/g;

export interface ParsedText {
  text: string;
  mentions: MentionEntity[];
  urls: UrlEntity[];
  hashtags: HashtagEntity[];
}

/** X wraps every link in t.co; the short code here is derived from the link so it is stable. */
export function shortLink(expanded: string): string {
  const code = (hashString(expanded).toString(36) + hashString(expanded + '#').toString(36)).slice(0, 10);
  return `https://t.co/${code}`;
}

function displayUrl(expanded: string): string {
  const bare = expanded.replace(/^https?:\/\/(www\.)?/, '');
  return bare.length > 26 ? `${bare.slice(0, 25)}…` : bare;
}

/** Entity offsets count Unicode code points, as X does, not UTF-16 units. */
function codePointIndex(text: string, utf16Index: number): number {
  let count = 0;
  for (let i = 0; i < utf16Index; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) i++;
    count++;
  }
  return count;
}

export function parseText(rawText: string, resolveUserId: (username: string) => string | undefined): ParsedText {
  const expandedByShort = new Map<string, string>();
  const text = rawText.replace(URL_PATTERN, (match) => {
    const trimmed = match.replace(/[.,!?)]+$/, '');
    const tail = match.slice(trimmed.length);
    if (trimmed.startsWith('https://t.co/')) return match;
    const short = shortLink(trimmed);
    expandedByShort.set(short, trimmed);
    return short + tail;
  });
  const hasAstral = /[\ud800-\udbff]/.test(text);
  const index = (i: number): number => (hasAstral ? codePointIndex(text, i) : i);

  const urls: UrlEntity[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,!?)]+$/, '');
    const start = index(match.index ?? 0);
    const expanded = expandedByShort.get(url) ?? url;
    urls.push({ start, end: start + url.length, url, expanded_url: expanded, display_url: displayUrl(expanded) });
  }
  const mentions: MentionEntity[] = [];
  for (const match of text.matchAll(MENTION_PATTERN)) {
    const prefix = match[1] ?? '';
    const username = match[2] ?? '';
    const start = index((match.index ?? 0) + prefix.length);
    const id = resolveUserId(username);
    mentions.push(id ? { start, end: start + username.length + 1, username, id } : { start, end: start + username.length + 1, username });
  }
  const hashtags: HashtagEntity[] = [];
  for (const match of text.matchAll(HASHTAG_PATTERN)) {
    const prefix = match[1] ?? '';
    const tag = match[2] ?? '';
    const start = index((match.index ?? 0) + prefix.length);
    hashtags.push({ start, end: start + tag.length + 1, tag });
  }
  return { text, mentions, urls, hashtags };
}
