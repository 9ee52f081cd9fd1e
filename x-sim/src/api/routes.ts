import { Router } from '../http/router';
import { revokeEndpoint, tokenEndpoint } from '../oauth/routes';
import type { ApiRoute } from './context';
import { registerEngageRoutes } from './routes-engage';
import { registerLookupRoutes } from './routes-lookup';
import { registerManageRoutes } from './routes-manage';
import { registerSearchRoutes } from './routes-search';
import { registerTimelineRoutes } from './routes-timelines';
import { registerUserRoutes } from './routes-users';

/** Every X path the simulator answers, by X's own names. */
export function apiRouter(): Router<ApiRoute> {
  const router = new Router<ApiRoute>();
  registerUserRoutes(router);
  registerTimelineRoutes(router);
  registerLookupRoutes(router);
  registerSearchRoutes(router);
  registerManageRoutes(router);
  registerEngageRoutes(router);
  router
    .add('POST', '/2/oauth2/token', { scopes: [], clientAuth: tokenEndpoint, handler: () => ({ status: 500 }) })
    .add('POST', '/2/oauth2/revoke', { scopes: [], clientAuth: revokeEndpoint, handler: () => ({ status: 500 }) });
  return router;
}
