import { ApiError, invalidRequest, type ParamError } from './errors';

/** X's 2.167 Post fields plus the older Tweet spellings clients still send. */
const POST_FIELDS = new Set([
  'article', 'article_title', 'attachments', 'card_uri', 'community_id', 'context_annotations', 'conversation_id',
  'created_at', 'display_text_range', 'edit_controls', 'entities', 'geo', 'id', 'lang', 'matched_media_notes',
  'media_metadata', 'non_public_metrics', 'note_post', 'note_request_suggestions', 'organic_metrics', 'paid_partnership',
  'possibly_sensitive', 'promoted_metrics', 'public_metrics', 'reply_settings', 'scopes', 'source', 'suggested_source_links',
  'suggested_source_links_with_counts', 'text', 'withheld',
  'author_id', 'in_reply_to_user_id', 'referenced_tweets', 'referenced_posts', 'edit_history_tweet_ids',
  'edit_history_post_ids', 'note_tweet', 'username',
]);

const USER_FIELDS = new Set([
  'affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description', 'entities', 'id',
  'is_identity_verified', 'location', 'most_recent_tweet_id', 'most_recent_post_id', 'name', 'parody',
  'pinned_tweet_id', 'pinned_post_id', 'profile_banner_url', 'profile_image_url', 'protected', 'public_metrics',
  'receives_your_dm', 'subscribes_to_you', 'subscription', 'subscription_type', 'url', 'username', 'verified',
  'verified_followers_count', 'verified_type', 'withheld',
]);

const POST_EXPANSIONS = new Set([
  'article.cover_media', 'article.media_entities', 'attachments.media_keys', 'attachments.media_source_tweet',
  'attachments.poll_ids', 'author_id', 'edit_history_post_ids', 'edit_history_tweet_ids', 'entities.mentions.username',
  'geo.place_id', 'in_reply_to_user_id', 'referenced_posts', 'referenced_posts.id', 'referenced_posts.id.author_id',
  'referenced_tweets.id', 'referenced_tweets.id.author_id', 'username',
]);

const USER_EXPANSIONS = new Set(['affiliation', 'most_recent_post_id', 'most_recent_tweet_id', 'pinned_post_id', 'pinned_tweet_id']);

/** Post-vocabulary names folded onto one canonical spelling; rendering emits both. */
const CANONICAL: Record<string, string> = {
  referenced_posts: 'referenced_tweets',
  edit_history_post_ids: 'edit_history_tweet_ids',
  'referenced_posts.id': 'referenced_tweets.id',
  'referenced_posts.id.author_id': 'referenced_tweets.id.author_id',
};

const MEDIA_LIKE = ['media.fields', 'poll.fields', 'place.fields'];

export interface Selection {
  post: Set<string>;
  user: Set<string>;
  expansions: Set<string>;
  /**
   * Which includes key carries expanded posts: `tweets` when asked with Tweet-vocabulary expansions
   * (referenced_tweets.id, most_recent_tweet_id), `posts` with Post-vocabulary ones, both when both.
   */
  includeKeys: Array<'tweets' | 'posts'>;
  /** Identifies the selection, for caching rendered objects. */
  key: string;
  /** Private metrics depend on the viewer and add partial errors: never cached. */
  privateMetrics: boolean;
}

const POST_VOCABULARY_EXPANSIONS = new Set(['referenced_posts', 'referenced_posts.id', 'referenced_posts.id.author_id', 'most_recent_post_id', 'pinned_post_id']);
const TWEET_VOCABULARY_EXPANSIONS = new Set(['referenced_tweets.id', 'referenced_tweets.id.author_id', 'most_recent_tweet_id', 'pinned_tweet_id']);

export type ExpansionKind = 'post' | 'user';

function listParam(query: URLSearchParams, name: string, allowed: Set<string> | null, errors: ParamError[]): string[] {
  const raw = query.get(name);
  if (raw === null) return [];
  const values = raw.split(',').map((v) => v.trim());
  if (values.some((v) => !v)) {
    errors.push({ parameter: name, value: raw, message: `The \`${name}\` query parameter value [${raw}] is not a valid list` });
    return [];
  }
  if (allowed) {
    for (const value of values) {
      if (!allowed.has(value)) {
        errors.push({
          parameter: name,
          value,
          message: `The \`${name}\` query parameter value [${value}] is not one of [${[...allowed].join(',')}]`,
        });
      }
    }
  }
  return values.map((v) => CANONICAL[v] ?? v);
}

/** Reads tweet.fields and post.fields (both spellings), user.fields and expansions, validating every name. */
export function readSelection(query: URLSearchParams, expansionKind: ExpansionKind, errors: ParamError[]): Selection {
  const post = new Set([
    ...listParam(query, 'tweet.fields', POST_FIELDS, errors),
    ...listParam(query, 'post.fields', POST_FIELDS, errors),
  ]);
  const user = new Set(listParam(query, 'user.fields', USER_FIELDS, errors));
  const rawExpansions = (query.get('expansions') ?? '').split(',').map((v) => v.trim());
  const expansions = new Set(listParam(query, 'expansions', expansionKind === 'post' ? POST_EXPANSIONS : USER_EXPANSIONS, errors));
  for (const name of MEDIA_LIKE) listParam(query, name, null, errors);
  const postVocabulary = rawExpansions.some((e) => POST_VOCABULARY_EXPANSIONS.has(e));
  const tweetVocabulary = rawExpansions.some((e) => TWEET_VOCABULARY_EXPANSIONS.has(e));
  const includeKeys: Selection['includeKeys'] = postVocabulary ? (tweetVocabulary ? ['tweets', 'posts'] : ['posts']) : ['tweets'];
  const key = [[...post].sort().join(','), [...user].sort().join(','), [...expansions].sort().join(',')].join('|');
  const privateMetrics = post.has('non_public_metrics') || post.has('organic_metrics');
  return { post, user, expansions, includeKeys, key, privateMetrics };
}

export const SELECTION_PARAMS = ['tweet.fields', 'post.fields', 'user.fields', 'expansions', ...MEDIA_LIKE];

/** X rejects query parameters an endpoint does not know. */
export function checkKnownParams(query: URLSearchParams, known: readonly string[], errors: ParamError[]): void {
  const allowed = new Set([...known, ...SELECTION_PARAMS]);
  for (const key of new Set(query.keys())) {
    if (!allowed.has(key)) {
      errors.push({
        parameter: key,
        value: query.get(key) ?? '',
        message: `The query parameter [${key}] is not one of [${[...allowed].join(',')}]`,
      });
    }
  }
}

const ID_PATTERN = /^[0-9]{1,19}$/;

export function checkId(name: string, value: string | null | undefined, errors: ParamError[], where = 'query parameter'): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!ID_PATTERN.test(value)) {
    errors.push({ parameter: name, value, message: `The \`${name}\` ${where} value [${value}] does not match ^[0-9]{1,19}$` });
    return undefined;
  }
  return value.replace(/^0+(?=\d)/, '');
}

export function readMaxResults(query: URLSearchParams, min: number, max: number, fallback: number, errors: ParamError[]): number {
  const raw = query.get('max_results');
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || !Number.isInteger(value)) {
    errors.push({ parameter: 'max_results', value: raw, message: `The \`max_results\` query parameter value [${raw}] is not a valid integer` });
    return fallback;
  }
  if (value < min || value > max) {
    errors.push({
      parameter: 'max_results',
      value: raw,
      message: `The \`max_results\` query parameter value [${raw}] is not between ${min} and ${max}`,
    });
  }
  return value;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function readTime(query: URLSearchParams, name: string, errors: ParamError[]): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const ms = Date.parse(raw);
  if (!RFC3339.test(raw) || Number.isNaN(ms)) {
    errors.push({ parameter: name, value: raw, message: `The \`${name}\` query parameter value [${raw}] is not a valid RFC 3339 date-time` });
    return undefined;
  }
  return ms;
}

export function throwIfErrors(errors: ParamError[]): void {
  if (errors.length) throw new ApiError(invalidRequest(errors));
}
