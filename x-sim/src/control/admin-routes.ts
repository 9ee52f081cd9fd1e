import type { Router } from '../http/router';
import { FAULT_KINDS } from '../faults';
import { RATE_LIMITS } from '../rate-limit';
import { createAccount } from '../world/accounts';
import { bad, notFound, ok, resolveUser, userSummary, type ControlHandler } from './context';

const DEFAULT_SCOPES = 'tweet.read users.read tweet.write offline.access';

const health: ControlHandler = ({ sim }) => {
  const cpu = process.cpuUsage();
  return ok({
    ok: true,
    now: new Date(sim.clock.now()).toISOString(),
    url: sim.baseUrl,
    process: { cpuMs: Math.round((cpu.user + cpu.system) / 1000), rssMb: Math.round(process.memoryUsage().rss / 1048576) },
  });
};

const clockView: ControlHandler = ({ sim }) => {
  const now = sim.clock.now();
  return ok({ now: new Date(now).toISOString(), nowMs: now, offsetMs: sim.clock.offset });
};

const clockMove: ControlHandler = async (ctx) => {
  const input = await ctx.body();
  const { clock } = ctx.sim;
  if (input.advanceMs !== undefined) {
    const ms = Number(input.advanceMs);
    if (!Number.isFinite(ms)) bad('advanceMs must be a number');
    clock.advance(ms);
  } else if (input.set !== undefined) {
    const ms = typeof input.set === 'number' ? input.set : Date.parse(String(input.set));
    if (!Number.isFinite(ms)) bad('set must be an ISO date-time or epoch milliseconds');
    clock.set(ms);
  } else if (input.reset === true) {
    clock.restoreOffset(0);
  } else bad('send {advanceMs}, {set} or {reset:true}');
  ctx.sim.dirty = true;
  return clockView(ctx);
};

const faultsView: ControlHandler = ({ sim }) =>
  ok({ faults: sim.faults.list(), kinds: FAULT_KINDS, endpoints: Object.keys(RATE_LIMITS).concat(['POST /2/oauth2/token', 'POST /2/oauth2/revoke']) });

const faultAdd: ControlHandler = async ({ sim, body }) => {
  try {
    return ok({ fault: sim.faults.add(await body()) }, 201);
  } catch (error) {
    return bad(error instanceof Error ? error.message : String(error));
  }
};

const faultsClear: ControlHandler = ({ sim }) => {
  const cleared = sim.faults.list().length;
  sim.faults.clear();
  return ok({ cleared });
};

const faultRemove: ControlHandler = ({ sim, params }) => {
  if (!sim.faults.remove(params.id ?? '')) notFound(`no fault ${params.id ?? ''}`);
  return ok({ removed: params.id });
};

function scopeString(value: unknown): string {
  if (value === undefined) return DEFAULT_SCOPES;
  if (Array.isArray(value)) return value.map(String).join(' ');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean).join(' ');
  return bad('scopes must be an array or a space-separated string');
}

/** Tokens without the browser flow; an unknown username is created, as the authorize page does. */
const mintToken: ControlHandler = async ({ sim, body }) => {
  const input = await body();
  let user;
  let created = false;
  if (input.userId !== undefined) user = resolveUser(sim, String(input.userId), 'userId');
  else if (typeof input.username === 'string') {
    try {
      ({ user, created } = createAccount(sim.world, { username: input.username }, sim.clock.now()));
    } catch (error) {
      return bad(error instanceof Error ? error.message : String(error));
    }
  } else return bad('username or userId is required');
  const ttl = input.ttlSeconds === undefined ? sim.config.tokenTtlS : Number(input.ttlSeconds);
  if (!Number.isFinite(ttl) || ttl <= 0) bad('ttlSeconds must be a positive number');
  const tokens = sim.tokens.issue({ userId: user.id, clientId: sim.config.clientId, scope: scopeString(input.scopes), ttlSeconds: ttl });
  sim.dirty = true;
  return ok({ ...tokens, user: userSummary(sim, user), created }, 201);
};

const mintAppToken: ControlHandler = ({ sim }) => {
  const tokens = sim.tokens.issue({ userId: null, clientId: sim.config.clientId, scope: '', ttlSeconds: 10 * 365 * 86_400 });
  return ok({ token_type: 'bearer', access_token: tokens.access_token }, 201);
};

const reset: ControlHandler = async ({ sim, body }) => {
  const input = await body();
  const mode = input.mode === undefined ? 'seeded' : input.mode;
  if (mode !== 'seeded' && mode !== 'empty') bad('mode must be "seeded" or "empty"');
  const seed = typeof input.seed === 'number' || typeof input.seed === 'string' ? input.seed : undefined;
  sim.reset(mode, seed);
  return ok({ mode, seed: seed ?? sim.config.seed, hash: sim.world.hash(), posts: sim.world.posts.size, users: sim.world.users.size });
};

const rateView: ControlHandler = ({ sim }) => ok({ scale: sim.limiter.scale, limits: RATE_LIMITS, buckets: sim.limiter.view() });

const rateSet: ControlHandler = async (ctx) => {
  const input = await ctx.body();
  const scale = Number(input.scale);
  if (!Number.isFinite(scale) || scale < 0) bad('scale must be a number >= 0 (0 switches limits off)');
  ctx.sim.limiter.scale = scale;
  return rateView(ctx);
};

const rateClear: ControlHandler = (ctx) => {
  ctx.sim.limiter.clear();
  return rateView(ctx);
};

export function registerAdminControl(router: Router<ControlHandler>): void {
  router
    .add('GET', '/_sim/health', health)
    .add('GET', '/_sim/clock', clockView)
    .add('POST', '/_sim/clock', clockMove)
    .add('GET', '/_sim/faults', faultsView)
    .add('POST', '/_sim/faults', faultAdd)
    .add('DELETE', '/_sim/faults', faultsClear)
    .add('DELETE', '/_sim/faults/:id', faultRemove)
    .add('POST', '/_sim/tokens', mintToken)
    .add('POST', '/_sim/tokens/app', mintAppToken)
    .add('POST', '/_sim/reset', reset)
    .add('GET', '/_sim/rate-limits', rateView)
    .add('POST', '/_sim/rate-limits', rateSet)
    .add('DELETE', '/_sim/rate-limits', rateClear);
}
