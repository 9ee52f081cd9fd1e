import { json } from '../http/respond';
import type { Router } from '../http/router';
import { ID_STREAMS } from '../ids';
import { READ_SCOPES, WRITE_SCOPES, type ApiRequest, type ApiRoute } from './context';
import { ApiError, clientNotEnrolled, forbidden, invalidBody, type ParamError } from './errors';
import { checkId, throwIfErrors } from './params';

function actingUser(req: ApiRequest): NonNullable<ApiRequest['viewer']> {
  const errors: ParamError[] = [];
  const id = checkId('id', req.params.id, errors, 'path parameter');
  throwIfErrors(errors);
  if (!req.viewer || id !== req.viewer.id) {
    throw new ApiError(forbidden('You are not permitted to perform this action on behalf of another user.'));
  }
  return req.viewer;
}

const repost: ApiRoute = {
  scopes: WRITE_SCOPES,
  userContext: true,
  readsBody: true,
  handler(req) {
    const viewer = actingUser(req);
    const value = req.body?.kind === 'json' || req.body?.kind === 'form' ? req.body.value : undefined;
    const tweetId = value?.tweet_id;
    if (!value || typeof tweetId !== 'string' || !/^[0-9]{1,19}$/.test(tweetId)) {
      throw new ApiError(invalidBody(['$.tweet_id: is missing but it is required']));
    }
    const extra = Object.keys(value).filter((k) => k !== 'tweet_id');
    if (extra.length) throw new ApiError(invalidBody(extra.map((k) => `$.${k}: is not defined in the schema and the schema does not allow additional properties`)));
    const { world } = req.sim;
    const original = world.livePost(tweetId);
    if (!original || original.createdAt > req.now) {
      throw new ApiError(forbidden('You attempted to repost a Tweet that is deleted or not visible to you.'));
    }
    const existing = world.findRepost(viewer.id, original.id);
    if (existing) return json(200, { data: { retweeted: true, rest_id: existing.id } });
    const author = world.users.get(original.authorId);
    const post = world.createPost({
      authorId: viewer.id,
      text: `RT @${author?.username ?? 'unknown'}: ${original.text}`,
      at: req.now,
      origin: 'api',
      stream: ID_STREAMS.api,
      repostOfId: original.id,
    });
    req.sim.created.push({
      id: post.id,
      text: post.text,
      kind: 'repost',
      authorId: viewer.id,
      username: viewer.username,
      inReplyToPostId: null,
      inReplyToUserId: null,
      quotedPostId: null,
      repostOfId: original.id,
      conversationId: post.conversationId,
      tokenId: req.token.id,
      createdAt: post.createdAtIso,
      billedAs: null,
      costUsd: 0,
    });
    return json(200, { data: { retweeted: true, rest_id: post.id } });
  },
};

const unrepost: ApiRoute = {
  scopes: WRITE_SCOPES,
  userContext: true,
  handler(req) {
    const viewer = actingUser(req);
    const errors: ParamError[] = [];
    const sourceId = checkId('source_tweet_id', req.params.source_tweet_id, errors, 'path parameter');
    throwIfErrors(errors);
    const existing = sourceId ? req.sim.world.findRepost(viewer.id, sourceId) : undefined;
    if (existing) req.sim.world.deletePost(existing);
    return json(200, { data: { retweeted: false } });
  },
};

/** Liking left self-serve plans in April 2026: X answers 403 client-not-enrolled. */
const likeRefused: ApiRoute = {
  scopes: READ_SCOPES,
  userContext: true,
  handler(req) {
    throw new ApiError(clientNotEnrolled(req.sim.config.clientId));
  },
};

export function registerEngageRoutes(router: Router<ApiRoute>): void {
  router
    .add('POST', '/2/users/:id/retweets', repost)
    .add('DELETE', '/2/users/:id/retweets/:source_tweet_id', unrepost)
    .add('POST', '/2/users/:id/likes', likeRefused)
    .add('DELETE', '/2/users/:id/likes/:tweet_id', likeRefused);
}
