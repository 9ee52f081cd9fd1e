import { json } from '../http/respond';
import type { Router } from '../http/router';
import type { CreatedRecord } from '../simulator';
import type { CreateKind } from '../truth/pricing';
import { createPrice, microsToUsd } from '../truth/pricing';
import type { SimPost } from '../world/types';
import { engagementFor } from '../world/engagement';
import { createRng } from '../prng';
import { ID_STREAMS } from '../ids';
import { WRITE_SCOPES, type ApiRequest, type ApiRoute } from './context';
import { ApiError, clientNotEnrolled, forbidden, invalidBody, notFoundError, type ParamError } from './errors';
import { checkId, checkKnownParams, throwIfErrors } from './params';
import { mayReply, REPLY_NOT_ALLOWED } from './reply-rule';

const BODY_KEYS = new Set([
  'card_uri', 'community_id', 'direct_message_deep_link', 'edit_options', 'for_super_followers_only', 'geo', 'made_with_ai',
  'media', 'nullcast', 'paid_partnership', 'poll', 'quote_tweet_id', 'reply', 'reply_settings', 'share_with_followers', 'text',
]);
const REPLY_KEYS = new Set(['in_reply_to_tweet_id', 'auto_populate_reply_metadata', 'exclude_reply_user_ids']);
const DAY = 86_400_000;

/** X counts every link as 23 characters. */
function weightedLength(text: string): number {
  return Array.from(text.replace(/https?:\/\/\S+/g, 'x'.repeat(23))).length;
}

function requireViewer(req: ApiRequest): NonNullable<ApiRequest['viewer']> {
  if (!req.viewer) throw new ApiError(forbidden());
  return req.viewer;
}

function readCreateBody(req: ApiRequest): { text: string; replyTo?: string; quoteOf?: string } {
  const body = req.body;
  if (!body || body.kind === 'invalid' || body.kind === 'empty') {
    throw new ApiError(invalidBody(['Request body is not valid JSON']));
  }
  const value = body.value;
  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (!BODY_KEYS.has(key)) problems.push(`$.${key}: is not defined in the schema and the schema does not allow additional properties`);
  }
  const text = value.text === undefined ? '' : value.text;
  if (typeof text !== 'string') problems.push(`$.text: ${typeof text} found, string expected`);
  let replyTo: string | undefined;
  if (value.reply !== undefined) {
    const reply = value.reply;
    if (!reply || typeof reply !== 'object' || Array.isArray(reply)) problems.push('$.reply: object expected');
    else {
      const r = reply as Record<string, unknown>;
      for (const key of Object.keys(r)) {
        if (!REPLY_KEYS.has(key)) problems.push(`$.reply.${key}: is not defined in the schema and the schema does not allow additional properties`);
      }
      const id = r.in_reply_to_tweet_id;
      if (typeof id !== 'string' || !/^[0-9]{1,19}$/.test(id)) problems.push('$.reply.in_reply_to_tweet_id: does not match the regex pattern ^[0-9]{1,19}$');
      else replyTo = id;
    }
  }
  let quoteOf: string | undefined;
  if (value.quote_tweet_id !== undefined) {
    const id = value.quote_tweet_id;
    if (typeof id !== 'string' || !/^[0-9]{1,19}$/.test(id)) problems.push('$.quote_tweet_id: does not match the regex pattern ^[0-9]{1,19}$');
    else quoteOf = id;
  }
  if (typeof text === 'string' && !text.trim() && value.media === undefined) {
    problems.push('$.text: Post text is required when no media is attached');
  }
  if (problems.length) throw new ApiError(invalidBody(problems));
  return { text: typeof text === 'string' ? text : '', replyTo, quoteOf };
}

const create: ApiRoute = {
  scopes: WRITE_SCOPES,
  userContext: true,
  readsBody: true,
  handler(req) {
    const viewer = requireViewer(req);
    const { world } = req.sim;
    const input = readCreateBody(req);
    if (input.quoteOf && !req.sim.config.allowQuotePosts) throw new ApiError(clientNotEnrolled(req.sim.config.clientId));
    const limit = viewer.verified ? 25_000 : 280;
    if (weightedLength(input.text) > limit) {
      throw new ApiError(forbidden('Your Tweet text is too long. For more information on how X determines text length see https://github.com/twitter/twitter-text.'));
    }
    let parent: SimPost | undefined;
    if (input.replyTo) {
      parent = world.livePost(input.replyTo);
      if (!parent || parent.createdAt > req.now) throw new ApiError(forbidden('You attempted to reply to a Tweet that is deleted or not visible to you.'));
      if (!mayReply(world, viewer, parent)) throw new ApiError(forbidden(REPLY_NOT_ALLOWED));
    }
    if (input.quoteOf) {
      const quoted = world.livePost(input.quoteOf);
      if (!quoted || quoted.createdAt > req.now) throw new ApiError(forbidden('You attempted to quote a Tweet that is deleted or not visible to you.'));
    }
    if (isDuplicate(req, viewer.id, input.text)) {
      throw new ApiError(forbidden('You are not allowed to create a Tweet with duplicate content.'));
    }
    const kind: PostKindForEngagement = input.quoteOf ? 'quote' : input.replyTo ? 'reply' : /https?:\/\//.test(input.text) ? 'link' : 'original';
    const post = world.createPost({
      authorId: viewer.id,
      text: input.text,
      at: req.now,
      origin: 'api',
      stream: ID_STREAMS.api,
      inReplyToPostId: parent?.id,
      quotedPostId: input.quoteOf,
      ...engagementFor(viewer, kind, req.now, createRng(req.sim.config.seed, 'api-engagement', viewer.id, req.now)),
    });
    const billedAs: CreateKind = post.urls.length ? 'post_with_url' : parent && parent.authorId !== viewer.id ? 'summoned_reply' : 'post';
    const record: CreatedRecord = {
      id: post.id,
      text: post.text,
      kind: input.quoteOf ? 'quote' : parent ? 'reply' : 'post',
      authorId: viewer.id,
      username: viewer.username,
      inReplyToPostId: parent?.id ?? null,
      inReplyToUserId: parent?.authorId ?? null,
      quotedPostId: input.quoteOf ?? null,
      repostOfId: null,
      conversationId: post.conversationId,
      tokenId: req.token.id,
      createdAt: post.createdAtIso,
      billedAs,
      costUsd: microsToUsd(createPrice(billedAs)),
    };
    req.sim.created.push(record);
    const data = { id: post.id, text: post.text, edit_history_tweet_ids: [post.id], edit_history_post_ids: [post.id] };
    return { ...json(201, { data }), billing: { created: billedAs } };
  },
};

type PostKindForEngagement = Parameters<typeof engagementFor>[1];

/** X refuses the same text from the same account twice within a day. */
function isDuplicate(req: ApiRequest, authorId: string, text: string): boolean {
  const { world } = req.sim;
  const normalized = world.draftPost({ authorId, text, at: req.now, origin: 'api', stream: ID_STREAMS.api, id: '1' }).text;
  const own = world.byAuthor.get(authorId) ?? [];
  for (let i = own.length - 1; i >= 0; i--) {
    const post = own[i];
    if (!post || req.now - post.createdAt > DAY) break;
    if (!post.deleted && !post.repostOfId && post.text === normalized) return true;
  }
  return false;
}

const remove: ApiRoute = {
  scopes: WRITE_SCOPES,
  userContext: true,
  handler(req) {
    const viewer = requireViewer(req);
    const errors: ParamError[] = [];
    checkKnownParams(req.query, [], errors);
    const id = checkId('id', req.params.id, errors, 'path parameter');
    throwIfErrors(errors);
    const post = id ? req.sim.world.posts.get(id) : undefined;
    if (!post || !id) return json(200, { errors: [notFoundError('tweet', 'id', id ?? '')] });
    if (post.authorId !== viewer.id) throw new ApiError(forbidden('You are not allowed to delete a Tweet that is not your own.'));
    req.sim.world.deletePost(post);
    const record = req.sim.created.find((c) => c.id === post.id);
    if (record) record.deletedAt = new Date(req.now).toISOString();
    return json(200, { data: { deleted: true } });
  },
};

export function registerManageRoutes(router: Router<ApiRoute>): void {
  router.add('POST', '/2/tweets', create).add('DELETE', '/2/tweets/:id', remove);
}
