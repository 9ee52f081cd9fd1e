import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http/read-body';
import { JSON_TYPE, send, serialize, type HttpResult } from '../http/respond';
import type { Match } from '../http/router';
import type { Simulator } from '../simulator';
import type { FaultRule } from '../faults';
import type { CreateKind } from '../truth/pricing';
import type { ApiRequest, ApiResponse, ApiRoute } from './context';
import {
  ApiError,
  creditsDepleted,
  forbidden,
  internalError,
  serviceUnavailable,
  tooManyRequests,
  unauthorized,
  unsupportedAuthentication,
} from './errors';

const BEARER = /^Bearer\s+(\S+)$/i;

function immediateFault(rule: FaultRule, now: number, accountId: string): HttpResult | undefined {
  switch (rule.kind) {
    case '429':
      return tooManyRequests({
        'x-rate-limit-limit': 1,
        'x-rate-limit-remaining': 0,
        'x-rate-limit-reset': Math.ceil((now + 15 * 60_000) / 1000),
      });
    case '500':
      return internalError();
    case '503':
      return serviceUnavailable();
    case '402':
      return creditsDepleted(accountId);
    default:
      return undefined;
  }
}

/** Cuts the body after half of it while promising all of it: the client sees the connection drop mid-body. */
function sendTruncated(res: ServerResponse, result: HttpResult): void {
  const { payload, contentType } = serialize(result);
  res.writeHead(result.status, { ...(result.headers ?? {}), 'content-type': contentType, 'content-length': payload.length });
  res.write(payload.subarray(0, Math.max(1, Math.floor(payload.length / 2))), () => res.destroy());
}

function malformed(payload: Buffer): Buffer {
  return Buffer.concat([payload.subarray(0, Math.max(0, payload.length - 1)), Buffer.from(',"data":}')]);
}

/**
 * One X API call: faults first (an outage happens before anything else), then the bearer token, scopes
 * and rate limits, then the endpoint. Every call lands in the request log, with billed items for 2xx.
 */
export async function handleApi(sim: Simulator, req: IncomingMessage, res: ServerResponse, match: Match<ApiRoute>, url: URL): Promise<void> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const route = match.handler;
  const now = sim.clock.now();
  const fault = sim.faults.pick(method, match.name, path);
  const header = req.headers.authorization;
  const bearer = header ? BEARER.exec(header)?.[1] : undefined;
  const token = bearer ? sim.tokens.verify(bearer) : undefined;
  const accountId = token?.userId ?? null;
  const log = (status: number, extra: { postIds?: readonly string[]; userIds?: readonly string[]; created?: CreateKind; fault?: string } = {}): void => {
    sim.requests.record({ now: sim.clock.now(), method, path, endpoint: match.name, status, accountId, tokenId: token?.id ?? null, ...extra });
  };

  if (fault) {
    if (fault.kind === 'reset') {
      log(0, { fault: fault.kind });
      req.socket.destroy();
      return;
    }
    const immediate = immediateFault(fault, now, sim.config.clientId);
    if (immediate) {
      log(immediate.status, { fault: fault.kind });
      send(res, immediate);
      return;
    }
    if (fault.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (res.destroyed) {
      log(0, { fault: fault.kind });
      return;
    }
  }

  let result: ApiResponse;
  try {
    result = await run(sim, req, route, match, url, method, token);
  } catch (error) {
    if (error instanceof ApiError) result = error.result;
    else {
      console.error('[x-sim] handler failed', error);
      result = internalError();
    }
  }
  const ok = result.status >= 200 && result.status < 300;
  log(result.status, {
    ...(ok ? { postIds: result.billing?.postIds, userIds: result.billing?.userIds, created: result.billing?.created } : {}),
    ...(fault ? { fault: fault.kind } : {}),
  });
  if (fault?.kind === 'truncated') return sendTruncated(res, result);
  if (fault?.kind === 'malformed') return send(res, result, malformed(serialize(result).payload));
  send(res, result);
}

async function run(
  sim: Simulator,
  req: IncomingMessage,
  route: ApiRoute,
  match: Match<ApiRoute>,
  url: URL,
  method: string,
  token: ApiRequest['token'] | undefined,
): Promise<ApiResponse> {
  if (route.clientAuth) return route.clientAuth(sim, req);
  if (!token) return unauthorized();
  if (token.userId === null && route.userContext) return unsupportedAuthentication();
  if (token.userId !== null && !route.scopes.every((s) => token.scopes.has(s))) {
    return { ...forbidden(), headers: { 'x-sim-reason': `token lacks scope(s): ${route.scopes.filter((s) => !token.scopes.has(s)).join(' ')}` } };
  }
  const decision = sim.limiter.check(match.name, token.userId);
  if (!decision.allowed) return tooManyRequests(decision.headers);
  const now = sim.clock.now();
  const viewer = token.userId ? (sim.world.users.get(token.userId) ?? null) : null;
  const apiReq: ApiRequest = {
    sim,
    method,
    path: url.pathname,
    query: url.searchParams,
    params: match.params,
    body: route.readsBody ? await readBody(req) : null,
    token,
    viewer,
    now,
    endpoint: match.name,
    render: { world: sim.world, now, viewerId: token.userId, baseUrl: sim.baseUrl },
  };
  const cacheKey = route.cacheable && sim.config.responseCache ? `${url.pathname}${url.search}|${token.userId ?? 'app'}|${sim.world.version}|${Math.floor(now / 1000)}` : undefined;
  const hit = cacheKey ? sim.responses.get(cacheKey) : undefined;
  if (hit) return { status: 200, raw: hit.payload, contentType: JSON_TYPE, billing: hit.billing, headers: decision.headers };
  let result: ApiResponse;
  try {
    result = await route.handler(apiReq);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    result = error.result;
  }
  if (cacheKey && result.status === 200 && Buffer.isBuffer(result.raw)) {
    sim.responses.set(cacheKey, { payload: result.raw, billing: result.billing });
  }
  return { ...result, headers: { ...decision.headers, ...(result.headers ?? {}) } };
}
