import type { Router } from '../http/router';
import type { SimUser } from '../world/types';
import { READ_SCOPES, type ApiRequest, type ApiResponse, type ApiRoute } from './context';
import { notFoundError, type ParamError } from './errors';
import { checkId, checkKnownParams, readSelection, throwIfErrors } from './params';
import { bodyJson, jsonArray, renderUsers, type Rendered } from './render-json';

function respond(rendered: Rendered, single: boolean, notFound: Record<string, unknown>[] = []): ApiResponse {
  const data = rendered.data.length ? (single ? rendered.data[0] : jsonArray(rendered.data)) : undefined;
  const raw = bodyJson({ data, errors: [...notFound, ...rendered.errors], includes: rendered.includes });
  return { status: 200, raw, contentType: 'application/json; charset=utf-8', billing: { userIds: rendered.userIds, postIds: rendered.postIds } };
}

function lookup(req: ApiRequest, users: SimUser[], single: boolean, notFound: Record<string, unknown>[], errors: ParamError[]): ApiResponse {
  const sel = readSelection(req.query, 'user', errors);
  throwIfErrors(errors);
  return respond(renderUsers(users, sel, req.render), single, notFound);
}

const me: ApiRoute = {
  scopes: READ_SCOPES,
  userContext: true,
  cacheable: true,
  handler(req) {
    const errors: ParamError[] = [];
    checkKnownParams(req.query, [], errors);
    return lookup(req, req.viewer ? [req.viewer] : [], true, [], errors);
  },
};

const byId: ApiRoute = {
  scopes: READ_SCOPES,
  cacheable: true,
  handler(req) {
    const errors: ParamError[] = [];
    checkKnownParams(req.query, [], errors);
    const id = checkId('id', req.params.id, errors, 'path parameter');
    const user = id ? req.sim.world.users.get(id) : undefined;
    const missing = id && !user ? [notFoundError('user', 'id', id)] : [];
    return lookup(req, user ? [user] : [], true, missing, errors);
  },
};

const byIds: ApiRoute = {
  scopes: READ_SCOPES,
  cacheable: true,
  handler(req) {
    const errors: ParamError[] = [];
    checkKnownParams(req.query, ['ids'], errors);
    const raw = req.query.get('ids');
    const ids = raw === null ? [] : raw.split(',').map((s) => s.trim());
    if (raw === null || !raw.trim()) {
      errors.push({ parameter: 'ids', value: [], message: 'The `ids` query parameter can not be empty' });
    } else if (ids.length > 100) {
      errors.push({ parameter: 'ids', value: raw, message: `The number of values in the \`ids\` query parameter list [${ids.length}] is not between 1 and 100` });
    }
    const users: SimUser[] = [];
    const missing: Record<string, unknown>[] = [];
    for (const rawId of ids) {
      const id = checkId('ids', rawId, errors);
      if (!id) continue;
      const user = req.sim.world.users.get(id);
      if (user) users.push(user);
      else missing.push(notFoundError('user', 'ids', id));
    }
    return lookup(req, users, false, missing, errors);
  },
};

const byUsername: ApiRoute = {
  scopes: READ_SCOPES,
  cacheable: true,
  handler(req) {
    const errors: ParamError[] = [];
    checkKnownParams(req.query, [], errors);
    const username = req.params.username ?? '';
    if (!/^[A-Za-z0-9_]{1,15}$/.test(username)) {
      errors.push({ parameter: 'username', value: username, message: `The \`username\` path parameter value [${username}] does not match ^[A-Za-z0-9_]{1,15}$` });
    }
    const user = errors.length ? undefined : req.sim.world.userByName(username);
    const missing = !errors.length && !user ? [notFoundError('user', 'username', username)] : [];
    return lookup(req, user ? [user] : [], true, missing, errors);
  },
};

export function registerUserRoutes(router: Router<ApiRoute>): void {
  router
    .add('GET', '/2/users/me', me)
    .add('GET', '/2/users/by/username/:username', byUsername)
    .add('GET', '/2/users/:id', byId)
    .add('GET', '/2/users', byIds);
}
