import type { Router } from '../http/router';
import { READ_SCOPES, type ApiRoute } from './context';
import type { ParamError } from './errors';
import { decodeToken, paginate } from './paginate';
import { checkKnownParams, readSelection, throwIfErrors } from './params';
import { readBounds } from './routes-timelines';
import { candidates, matches, parseQuery, QueryError } from './search-query';
import { timelineResponse } from './timeline-response';

const SEVEN_DAYS = 7 * 86_400_000;

function minuteIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16) + 'Z';
}

const recent: ApiRoute = {
  scopes: READ_SCOPES,
  cacheable: true,
  handler(req) {
    const errors: ParamError[] = [];
    const q = req.query;
    checkKnownParams(q, ['query', 'max_results', 'next_token', 'pagination_token', 'since_id', 'until_id', 'start_time', 'end_time', 'sort_order'], errors);
    const sel = readSelection(q, 'post', errors);
    const bounds = readBounds(req, errors, 10, 100, 10);
    if (q.has('next_token') && q.has('pagination_token')) {
      errors.push({ parameter: 'next_token', value: q.get('next_token') ?? '', message: 'At most one of `pagination_token`, `next_token` may be provided.' });
    }
    const nextToken = decodeToken('next_token', q.get('next_token'), errors);
    if (nextToken) bounds.token = nextToken;
    const sort = q.get('sort_order');
    if (sort !== null && sort !== 'recency' && sort !== 'relevancy') {
      errors.push({ parameter: 'sort_order', value: sort, message: `The \`sort_order\` query parameter value [${sort}] is not one of [recency,relevancy]` });
    }
    const notBefore = req.now - SEVEN_DAYS;
    if (bounds.startTime !== undefined && bounds.startTime < notBefore) {
      errors.push({
        parameter: 'start_time',
        value: q.get('start_time') ?? '',
        message: `Invalid 'start_time':'${q.get('start_time')}'. 'start_time' must be on or after ${minuteIso(notBefore)}`,
      });
    }
    if (bounds.endTime !== undefined && bounds.endTime > req.now - 10_000) {
      errors.push({
        parameter: 'end_time',
        value: q.get('end_time') ?? '',
        message: `Invalid 'end_time':'${q.get('end_time')}'. 'end_time' must be a minimum of 10 seconds prior to the request time.`,
      });
    }
    const raw = q.get('query');
    if (raw === null || !raw.trim()) {
      errors.push({ parameter: 'query', value: raw ?? '', message: 'The `query` query parameter can not be empty' });
    } else if (raw.length > 4096) {
      errors.push({ parameter: 'query', value: raw, message: 'The `query` query parameter value is longer than 4096 characters' });
    }
    throwIfErrors(errors);
    let parsed;
    try {
      parsed = parseQuery(raw ?? '', req.sim.world);
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      errors.push({ parameter: 'query', value: raw ?? '', message: error.message });
      throwIfErrors(errors);
      throw error;
    }
    const list = candidates(parsed, req.sim.world);
    const page = paginate(list, { ...bounds, notBefore, now: req.now, visible: (p) => matches(parsed, p) });
    return timelineResponse(page, sel, req.render);
  },
};

export function registerSearchRoutes(router: Router<ApiRoute>): void {
  router.add('GET', '/2/tweets/search/recent', recent);
}
