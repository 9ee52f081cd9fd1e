import { postNonPublicMetrics, postOrganicMetrics, postPublicMetrics, userPublicMetrics } from '../world/metrics';
import type { SimPost, SimUser } from '../world/types';
import type { World } from '../world/world';
import { fieldNotAuthorized } from './errors';
import type { Selection } from './params';

const THIRTY_DAYS_MS = 30 * 86_400_000;

export interface RenderContext {
  world: World;
  now: number;
  /** The account the token acts for (null for app-only tokens). */
  viewerId: string | null;
  baseUrl: string;
}

export type Json = Record<string, unknown>;

export function referencedOf(post: SimPost): Array<{ type: string; id: string }> {
  const refs: Array<{ type: string; id: string }> = [];
  if (post.repostOfId) refs.push({ type: 'retweeted', id: post.repostOfId });
  if (post.quotedPostId) refs.push({ type: 'quoted', id: post.quotedPostId });
  if (post.inReplyToPostId) refs.push({ type: 'replied_to', id: post.inReplyToPostId });
  return refs;
}

function entitiesOf(post: SimPost): Json | undefined {
  if (!post.mentions.length && !post.urls.length && !post.hashtags.length) return undefined;
  const entities: Json = {};
  if (post.mentions.length) entities.mentions = post.mentions;
  if (post.urls.length) entities.urls = post.urls;
  if (post.hashtags.length) entities.hashtags = post.hashtags;
  return entities;
}

function leadingMentionsLength(post: SimPost): number {
  if (!post.inReplyToPostId) return 0;
  const match = /^(@[A-Za-z0-9_]{1,15}\s+)+/.exec(post.text);
  return match ? match[0].length : 0;
}

/**
 * One post as X renders it for the requested fields. Both vocabularies are filled in where they differ
 * (referenced_tweets/referenced_posts, retweet_count/repost_count, edit_history_*), so old and new clients
 * each find their names. Private metrics are only for the viewer's own posts under 30 days old; otherwise
 * the field is left out and a partial error explains why, as X does.
 */
export function renderPost(post: SimPost, sel: Selection, ctx: RenderContext, errors: Json[]): Json {
  const out: Json = { id: post.id, text: post.text, edit_history_tweet_ids: [post.id], edit_history_post_ids: [post.id] };
  const f = sel.post;
  const x = sel.expansions;
  if (f.has('author_id') || x.has('author_id') || f.has('username')) out.author_id = post.authorId;
  if (f.has('username')) out.username = ctx.world.users.get(post.authorId)?.username;
  if (f.has('created_at')) out.created_at = post.createdAtIso;
  if (f.has('conversation_id')) out.conversation_id = post.conversationId;
  if (post.inReplyToUserId && (f.has('in_reply_to_user_id') || x.has('in_reply_to_user_id'))) {
    out.in_reply_to_user_id = post.inReplyToUserId;
  }
  if (f.has('referenced_tweets') || x.has('referenced_tweets.id') || x.has('referenced_tweets.id.author_id')) {
    const refs = referencedOf(post);
    if (refs.length) {
      out.referenced_tweets = refs;
      out.referenced_posts = refs;
    }
  }
  if (f.has('entities')) {
    const entities = entitiesOf(post);
    if (entities) out.entities = entities;
  }
  const now = ctx.now - (ctx.now % 1000);
  if (f.has('public_metrics')) out.public_metrics = postPublicMetrics(post, now);
  if (f.has('non_public_metrics') || f.has('organic_metrics')) {
    const own = ctx.viewerId === post.authorId;
    const fresh = ctx.now - post.createdAt < THIRTY_DAYS_MS;
    for (const field of ['non_public_metrics', 'organic_metrics'] as const) {
      if (!f.has(field)) continue;
      if (own && fresh) {
        out[field] = field === 'non_public_metrics' ? postNonPublicMetrics(post, now) : postOrganicMetrics(post, now);
      } else {
        errors.push(
          fieldNotAuthorized(field, post.id, own ? 'Private metrics are only available for Posts created in the last 30 days.' : 'Private metrics are only available for Posts of the authenticated user.'),
        );
      }
    }
  }
  if (f.has('lang')) out.lang = post.lang;
  if (f.has('source')) out.source = post.source;
  if (f.has('possibly_sensitive')) out.possibly_sensitive = false;
  if (f.has('reply_settings')) out.reply_settings = 'everyone';
  if (f.has('display_text_range')) out.display_text_range = [leadingMentionsLength(post), Array.from(post.text).length];
  if (f.has('edit_controls')) {
    const editableUntil = post.createdAt + 3_600_000;
    out.edit_controls = {
      edits_remaining: 5,
      is_edit_eligible: !post.repostOfId,
      editable_until: new Date(editableUntil).toISOString(),
    };
  }
  if (f.has('paid_partnership')) out.paid_partnership = false;
  return out;
}

export function renderUser(user: SimUser, sel: Selection, ctx: RenderContext): Json {
  const out: Json = { id: user.id, name: user.name, username: user.username };
  const f = sel.user;
  if (f.size === 0) return out;
  if (f.has('created_at')) out.created_at = user.createdAtIso;
  if (f.has('description')) out.description = user.description;
  if (f.has('location') && user.location) out.location = user.location;
  if (f.has('url')) out.url = user.url ?? '';
  if (f.has('entities') && user.url) {
    out.entities = { url: { urls: [{ start: 0, end: user.url.length, url: user.url, expanded_url: user.url, display_url: user.url.replace(/^https?:\/\//, '') }] } };
  }
  if (f.has('profile_image_url')) out.profile_image_url = `${ctx.baseUrl}/avatars/${user.id}.svg`;
  if (f.has('protected')) out.protected = false;
  if (f.has('public_metrics')) out.public_metrics = userPublicMetrics(user, ctx.now - (ctx.now % 1000));
  if (f.has('verified')) out.verified = user.verified;
  if (f.has('verified_type')) out.verified_type = user.verifiedType;
  if (f.has('parody')) out.parody = false;
  if (f.has('most_recent_tweet_id') || f.has('most_recent_post_id')) {
    const own = ctx.world.byAuthor.get(user.id) ?? [];
    for (let i = own.length - 1; i >= 0; i--) {
      const post = own[i];
      if (post && !post.deleted && post.createdAt <= ctx.now) {
        out.most_recent_tweet_id = post.id;
        out.most_recent_post_id = post.id;
        break;
      }
    }
  }
  if (f.has('pinned_tweet_id') && user.pinnedPostId) out.pinned_tweet_id = user.pinnedPostId;
  return out;
}
