import type { Router } from '../http/router';
import type { SimPost } from '../world/types';
import { READ_SCOPES, type ApiResponse, type ApiRoute } from './context';
import { notFoundError, type ParamError } from './errors';
import { checkId, checkKnownParams, readSelection, throwIfErrors } from './params';
import { bodyJson, jsonArray, renderPosts } from './render-json';

function visible(post: SimPost | undefined, now: number): post is SimPost {
  return !!post && !post.deleted && post.createdAt <= now;
}

function respond(posts: SimPost[], single: boolean, missing: Record<string, unknown>[], rendered: ReturnType<typeof renderPosts>): ApiResponse {
  const data = posts.length ? (single ? rendered.data[0] : jsonArray(rendered.data)) : undefined;
  const raw = bodyJson({ data, errors: [...missing, ...rendered.errors], includes: rendered.includes });
  return { status: 200, raw, contentType: 'application/json; charset=utf-8', billing: { postIds: rendered.postIds, userIds: rendered.userIds } };
}

const single: ApiRoute = {
  scopes: READ_SCOPES,
  cacheable: true,
  handler(req) {
    const errors: ParamError[] = [];
    checkKnownParams(req.query, [], errors);
    const sel = readSelection(req.query, 'post', errors);
    const id = checkId('id', req.params.id, errors, 'path parameter');
    throwIfErrors(errors);
    const post = id ? req.sim.world.posts.get(id) : undefined;
    const found = visible(post, req.now) ? [post] : [];
    const missing = found.length ? [] : [notFoundError('tweet', 'id', id ?? '')];
    return respond(found, true, missing, renderPosts(found, sel, req.render));
  },
};

const many: ApiRoute = {
  scopes: READ_SCOPES,
  cacheable: true,
  handler(req) {
    const errors: ParamError[] = [];
    checkKnownParams(req.query, ['ids'], errors);
    const sel = readSelection(req.query, 'post', errors);
    const raw = req.query.get('ids');
    const ids = raw === null ? [] : raw.split(',').map((s) => s.trim());
    if (raw === null || !raw.trim()) {
      errors.push({ parameter: 'ids', value: [], message: 'The `ids` query parameter can not be empty' });
    } else if (ids.length > 100) {
      errors.push({ parameter: 'ids', value: raw, message: `The number of values in the \`ids\` query parameter list [${ids.length}] is not between 1 and 100` });
    }
    const checked = ids.map((id) => checkId('ids', id, errors));
    throwIfErrors(errors);
    const found: SimPost[] = [];
    const missing: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const id of checked) {
      if (!id || seen.has(id)) continue;
      seen.add(id);
      const post = req.sim.world.posts.get(id);
      if (visible(post, req.now)) found.push(post);
      else missing.push(notFoundError('tweet', 'ids', id));
    }
    return respond(found, false, missing, renderPosts(found, sel, req.render));
  },
};

export function registerLookupRoutes(router: Router<ApiRoute>): void {
  router.add('GET', '/2/tweets/:id', single).add('GET', '/2/tweets', many);
}
