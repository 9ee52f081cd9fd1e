import { compareIds } from '../ids';
import type { Router } from '../http/router';
import type { SimPost } from '../world/types';
import { ok, resolveUser, type ControlHandler } from './context';

type InboundKind = 'mention' | 'reply' | 'quote';

/**
 * Everything addressed to an account, whether or not X's mentions timeline would return it:
 * mentions, replies to its posts and quotes of its posts (a quote without an @mention is inbound
 * but not in the mentions timeline — `inMentions` says which).
 */
const inbound: ControlHandler = ({ sim, params, url }) => {
  const account = resolveUser(sim, params.id, 'id');
  const q = url.searchParams;
  const sinceId = q.get('since_id');
  const kinds = new Set((q.get('kinds') ?? 'mention,reply,quote').split(','));
  const withItems = q.get('items') !== '0';
  const now = sim.clock.now();
  const w = sim.world;
  const found = new Map<string, { post: SimPost; kind: InboundKind; inMentions: boolean }>();
  const mentioned = new Set((w.mentionsOf.get(account.id) ?? []).map((p) => p.id));
  const add = (post: SimPost, kind: InboundKind): void => {
    if (post.deleted || post.createdAt > now || post.authorId === account.id) return;
    if (sinceId && compareIds(post.id, sinceId) <= 0) return;
    const previous = found.get(post.id);
    if (previous && previous.kind !== 'mention') return;
    found.set(post.id, { post, kind, inMentions: mentioned.has(post.id) });
  };
  for (const post of w.mentionsOf.get(account.id) ?? []) add(post, 'mention');
  for (const post of w.repliesToUser.get(account.id) ?? []) add(post, 'reply');
  for (const post of w.quotesOfUser.get(account.id) ?? []) add(post, 'quote');
  const items = [...found.values()].filter((i) => kinds.has(i.kind)).sort((a, b) => compareIds(b.post.id, a.post.id));
  const body: Record<string, unknown> = {
    account: { id: account.id, username: account.username },
    count: items.length,
    byKind: {
      mention: items.filter((i) => i.kind === 'mention').length,
      reply: items.filter((i) => i.kind === 'reply').length,
      quote: items.filter((i) => i.kind === 'quote').length,
    },
    ids: items.map((i) => i.post.id),
  };
  if (withItems) {
    body.items = items.map(({ post, kind, inMentions }) => ({
      id: post.id,
      kind,
      inMentions,
      authorId: post.authorId,
      username: w.users.get(post.authorId)?.username ?? null,
      createdAt: post.createdAtIso,
      conversationId: post.conversationId,
      inReplyToPostId: post.inReplyToPostId ?? null,
      quotedPostId: post.quotedPostId ?? null,
      text: post.text,
      origin: post.origin,
    }));
  }
  return ok(body);
};

const created: ControlHandler = ({ sim, url }) => {
  const account = url.searchParams.get('account');
  const user = account ? resolveUser(sim, account, 'account') : undefined;
  const posts = user ? sim.created.filter((c) => c.authorId === user.id) : sim.created;
  return ok({ count: posts.length, posts });
};

const clearCreated: ControlHandler = ({ sim }) => {
  const cleared = sim.created.length;
  sim.created = [];
  return ok({ cleared });
};

const requests: ControlHandler = ({ sim, url }) => {
  const account = url.searchParams.get('account');
  const accountId = account ? resolveUser(sim, account, 'account').id : undefined;
  const entries = url.searchParams.get('entries');
  return ok(
    sim.requests.view({
      entries: entries === '1' || entries === 'true',
      account: accountId,
      usernames: (id) => sim.world.users.get(id)?.username,
    }),
  );
};

const clearRequests: ControlHandler = ({ sim }) => {
  sim.requests.clear();
  return ok({ cleared: true });
};

export function registerTruthControl(router: Router<ControlHandler>): void {
  router
    .add('GET', '/_sim/truth/accounts/:id/inbound', inbound)
    .add('GET', '/_sim/truth/created', created)
    .add('DELETE', '/_sim/truth/created', clearCreated)
    .add('GET', '/_sim/truth/requests', requests)
    .add('DELETE', '/_sim/truth/requests', clearRequests);
}
