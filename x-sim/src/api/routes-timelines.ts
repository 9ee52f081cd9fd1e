import { compareIds } from '../ids';
import { json } from '../http/respond';
import type { Router } from '../http/router';
import { READ_SCOPES, type ApiRequest, type ApiResponse, type ApiRoute } from './context';
import { notFoundError, type ParamError } from './errors';
import { decodeToken, paginate, type PageRequest } from './paginate';
import { checkId, checkKnownParams, readMaxResults, readSelection, readTime, throwIfErrors } from './params';
import { timelineResponse } from './timeline-response';

const MIN_TIME = Date.parse('2010-11-06T00:00:00Z');
const TIMELINE_PARAMS = ['max_results', 'pagination_token', 'since_id', 'until_id', 'start_time', 'end_time'];

/** The bounds X timelines share, with X's cross-parameter rules. */
export function readBounds(req: ApiRequest, errors: ParamError[], min: number, max: number, fallback: number): Omit<PageRequest, 'now'> {
  const q = req.query;
  const bounds: Omit<PageRequest, 'now'> = { max: readMaxResults(q, min, max, fallback, errors) };
  const sinceId = checkId('since_id', q.get('since_id'), errors);
  const untilId = checkId('until_id', q.get('until_id'), errors);
  const startTime = readTime(q, 'start_time', errors);
  const endTime = readTime(q, 'end_time', errors);
  const token = decodeToken('pagination_token', q.get('pagination_token'), errors);
  if (sinceId) bounds.sinceId = sinceId;
  if (untilId) bounds.untilId = untilId;
  if (startTime !== undefined) bounds.startTime = startTime;
  if (endTime !== undefined) bounds.endTime = endTime;
  if (token) bounds.token = token;
  if (sinceId && untilId && compareIds(sinceId, untilId) >= 0) {
    errors.push({ parameter: 'since_id', value: sinceId, message: `Invalid 'since_id':'${sinceId}'. 'since_id' must be less than 'until_id'` });
  }
  if (startTime !== undefined && endTime !== undefined && startTime >= endTime) {
    errors.push({ parameter: 'start_time', value: q.get('start_time') ?? '', message: `Invalid 'start_time':'${q.get('start_time')}'. 'start_time' must be before 'end_time'` });
  }
  for (const [name, value] of [['start_time', startTime], ['end_time', endTime]] as const) {
    if (value !== undefined && value < MIN_TIME) {
      errors.push({ parameter: name, value: q.get(name) ?? '', message: `Invalid '${name}':'${q.get(name)}'. '${name}' must be on or after 2010-11-06T00:00Z` });
    }
  }
  return bounds;
}

function userOr404(req: ApiRequest, errors: ParamError[]): ApiResponse | string {
  const id = checkId('id', req.params.id, errors, 'path parameter');
  throwIfErrors(errors);
  if (!id || !req.sim.world.users.has(id)) {
    return json(200, { errors: [notFoundError('user', 'id', id ?? '')] });
  }
  return id;
}

const mentions: ApiRoute = {
  scopes: READ_SCOPES,
  cacheable: true,
  handler(req) {
    const errors: ParamError[] = [];
    checkKnownParams(req.query, TIMELINE_PARAMS, errors);
    const sel = readSelection(req.query, 'post', errors);
    const bounds = readBounds(req, errors, 5, 100, 10);
    const id = userOr404(req, errors);
    if (typeof id !== 'string') return id;
    const list = req.sim.world.mentionsOf.get(id) ?? [];
    const page = paginate(list, { ...bounds, cap: 800, now: req.now });
    return timelineResponse(page, sel, req.render);
  },
};

const userPosts: ApiRoute = {
  scopes: READ_SCOPES,
  cacheable: true,
  handler(req) {
    const errors: ParamError[] = [];
    checkKnownParams(req.query, [...TIMELINE_PARAMS, 'exclude'], errors);
    const sel = readSelection(req.query, 'post', errors);
    const bounds = readBounds(req, errors, 5, 100, 10);
    const exclude = new Set((req.query.get('exclude') ?? '').split(',').filter(Boolean));
    for (const value of exclude) {
      if (value !== 'replies' && value !== 'retweets') {
        errors.push({ parameter: 'exclude', value, message: `The \`exclude\` query parameter value [${value}] is not one of [replies,retweets]` });
      }
    }
    const id = userOr404(req, errors);
    if (typeof id !== 'string') return id;
    const list = req.sim.world.byAuthor.get(id) ?? [];
    const noReplies = exclude.has('replies');
    const noReposts = exclude.has('retweets');
    const page = paginate(list, {
      ...bounds,
      // X: the 3,200 most recent posts, or 800 when replies are excluded.
      cap: noReplies ? 800 : 3200,
      now: req.now,
      visible: noReplies || noReposts ? (p) => !(noReplies && p.inReplyToPostId) && !(noReposts && p.repostOfId) : undefined,
    });
    return timelineResponse(page, sel, req.render);
  },
};

export function registerTimelineRoutes(router: Router<ApiRoute>): void {
  router.add('GET', '/2/users/:id/mentions', mentions).add('GET', '/2/users/:id/tweets', userPosts);
}

