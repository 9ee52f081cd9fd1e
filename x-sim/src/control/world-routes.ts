import { ID_STREAMS } from '../ids';
import type { Router } from '../http/router';
import { createMention, createOriginal, createQuote, createReply } from '../world/actions';
import { createAccount } from '../world/accounts';
import type { SimUser } from '../world/types';
import {
  bad,
  optionalText,
  optionalUser,
  ok,
  parseAt,
  positiveInt,
  postSummary,
  resolvePost,
  resolveUser,
  userSummary,
  type ControlHandler,
} from './context';

const world: ControlHandler = ({ sim }) => {
  const w = sim.world;
  return ok({
    seed: sim.config.seed,
    mode: sim.mode,
    now: new Date(sim.clock.now()).toISOString(),
    hash: w.hash(),
    buildMs: Math.round(sim.buildMs),
    counts: { users: w.users.size, brands: w.brands.length, people: w.people.length, posts: w.posts.size },
    brands: w.brands.map((b) => userSummary(sim, b)),
  });
};

const listAccounts: ControlHandler = ({ sim, url }) => {
  const kind = url.searchParams.get('kind') ?? 'brand,created';
  const kinds = new Set(kind === 'all' ? ['brand', 'created', 'person'] : kind.split(','));
  const users = [...sim.world.users.values()].filter((u) => kinds.has(u.kind));
  return ok({ accounts: users.map((u) => userSummary(sim, u)) });
};

function accountFrom(sim: Parameters<ControlHandler>[0]['sim'], input: Record<string, unknown>): { user: SimUser; created: boolean } {
  if (typeof input.username !== 'string') bad('username is required');
  try {
    return createAccount(
      sim.world,
      {
        username: input.username,
        name: typeof input.name === 'string' ? input.name : undefined,
        description: typeof input.description === 'string' ? input.description : undefined,
        followers: typeof input.followers === 'number' ? input.followers : undefined,
        verified: input.verified === true,
      },
      sim.clock.now(),
    );
  } catch (error) {
    return bad(error instanceof Error ? error.message : String(error));
  }
}

const createAccountRoute: ControlHandler = async ({ sim, body }) => {
  const { user, created } = accountFrom(sim, await body());
  return ok({ ...userSummary(sim, user), created }, created ? 201 : 200);
};

const bulkAccounts: ControlHandler = async ({ sim, body }) => {
  const input = await body();
  const list: Record<string, unknown>[] = [];
  if (Array.isArray(input.accounts)) {
    for (const item of input.accounts) list.push(item && typeof item === 'object' ? (item as Record<string, unknown>) : {});
  } else {
    const count = positiveInt(input.count, 'count', 10_000);
    const prefix = typeof input.prefix === 'string' ? input.prefix : 'acct';
    const width = String(count).length;
    for (let i = 1; i <= count; i++) list.push({ username: `${prefix}${String(i).padStart(width, '0')}`.slice(0, 15) });
  }
  const users = list.map((item) => userSummary(sim, accountFrom(sim, item).user));
  return ok({ count: users.length, users }, 201);
};

const mention: ControlHandler = async ({ sim, body }) => {
  const input = await body();
  const to = resolveUser(sim, input.to, 'to');
  const post = createMention(sim.actor('control'), to, {
    from: optionalUser(sim, input.from, 'from'),
    text: optionalText(input.text),
    at: parseAt(input.at, sim.clock.now()),
  });
  return ok({ post: postSummary(sim, post) }, 201);
};

/** Thousands of mentions at once, evenly spread over `spreadMs` ending at `endAt` (default now). */
const bulkMentions: ControlHandler = async ({ sim, body }) => {
  const input = await body();
  const to = resolveUser(sim, input.to, 'to');
  const count = positiveInt(input.count, 'count', 100_000);
  const end = parseAt(input.endAt, sim.clock.now());
  const spread = input.spreadMs === undefined ? count * 1000 : Number(input.spreadMs);
  if (!Number.isFinite(spread) || spread < 0) bad('spreadMs must be a non-negative number');
  const from = optionalUser(sim, input.from, 'from');
  const text = optionalText(input.text);
  const actor = { ...sim.actor('control'), stream: ID_STREAMS.bulk };
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.floor(end - spread + ((i + 1) * spread) / count);
    ids.push(createMention(actor, to, { from, text: text ? `${text} #${i + 1}` : undefined, at }).id);
  }
  return ok({ count, to: userSummary(sim, to), oldestId: ids[0], newestId: ids[ids.length - 1], ids }, 201);
};

const reply: ControlHandler = async ({ sim, body }) => {
  const input = await body();
  const parent = resolvePost(sim, input.to ?? input.inReplyTo, 'to');
  const post = createReply(sim.actor('control'), parent, {
    from: optionalUser(sim, input.from, 'from'),
    text: optionalText(input.text),
    at: Math.max(parseAt(input.at, sim.clock.now()), parent.createdAt),
  });
  return ok({ post: postSummary(sim, post) }, 201);
};

const quote: ControlHandler = async ({ sim, body }) => {
  const input = await body();
  const quoted = resolvePost(sim, input.of ?? input.quoteOf, 'of');
  const post = createQuote(sim.actor('control'), quoted, {
    from: optionalUser(sim, input.from, 'from'),
    text: optionalText(input.text),
    at: Math.max(parseAt(input.at, sim.clock.now()), quoted.createdAt),
    mention: input.mention !== false,
  });
  return ok({ post: postSummary(sim, post) }, 201);
};

const original: ControlHandler = async ({ sim, body }) => {
  const input = await body();
  const from = resolveUser(sim, input.from, 'from');
  const post = createOriginal(sim.actor('control'), from, { text: optionalText(input.text), at: parseAt(input.at, sim.clock.now()) });
  return ok({ post: postSummary(sim, post) }, 201);
};

const activity: ControlHandler = ({ sim, url }) => {
  const limit = Math.min(500, Math.max(1, Number(url.searchParams.get('limit') ?? 50) || 50));
  const now = sim.clock.now();
  const out = [];
  const timeline = sim.world.timeline;
  for (let i = timeline.length - 1; i >= 0 && out.length < limit; i--) {
    const post = timeline[i];
    if (post && !post.deleted && post.createdAt <= now) out.push(postSummary(sim, post));
  }
  return ok({ now: new Date(now).toISOString(), posts: out });
};

const step: ControlHandler = async ({ sim, body }) => {
  const input = await body();
  const count = positiveInt(input.count, 'count', 10_000, 1);
  const posts = [];
  for (let i = 0; i < count; i++) {
    const post = sim.liveStep();
    if (post) posts.push(postSummary(sim, post));
  }
  return ok({ count: posts.length, posts }, 201);
};

const showPost: ControlHandler = ({ sim, params }) => ok({ post: postSummary(sim, resolvePost(sim, params.id, 'id')) });

/** A person deletes their post (a mention that vanishes before the agency answers, say). */
const deletePost: ControlHandler = ({ sim, params }) => {
  const post = resolvePost(sim, params.id, 'id');
  sim.world.deletePost(post);
  return ok({ post: postSummary(sim, post) });
};

export function registerWorldControl(router: Router<ControlHandler>): void {
  router
    .add('GET', '/_sim/world', world)
    .add('GET', '/_sim/accounts', listAccounts)
    .add('POST', '/_sim/accounts', createAccountRoute)
    .add('POST', '/_sim/accounts/bulk', bulkAccounts)
    .add('POST', '/_sim/mentions', mention)
    .add('POST', '/_sim/mentions/bulk', bulkMentions)
    .add('POST', '/_sim/replies', reply)
    .add('POST', '/_sim/quotes', quote)
    .add('POST', '/_sim/posts', original)
    .add('GET', '/_sim/posts/:id', showPost)
    .add('DELETE', '/_sim/posts/:id', deletePost)
    .add('GET', '/_sim/activity', activity)
    .add('POST', '/_sim/activity/step', step);
}
