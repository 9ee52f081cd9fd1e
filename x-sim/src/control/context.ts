import type { IncomingMessage } from 'node:http';
import { readBody } from '../http/read-body';
import { json, type HttpResult } from '../http/respond';
import type { Params } from '../http/router';
import type { Simulator } from '../simulator';
import { postPublicMetrics, userFollowers } from '../world/metrics';
import type { SimPost, SimUser } from '../world/types';
import { clientOf } from '../world/brands';

export interface ControlRequest {
  sim: Simulator;
  req: IncomingMessage;
  url: URL;
  params: Params;
  body(): Promise<Record<string, unknown>>;
}

export type ControlHandler = (ctx: ControlRequest) => HttpResult | Promise<HttpResult>;

export class ControlError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function bad(message: string): never {
  throw new ControlError(400, message);
}

export function notFound(message: string): never {
  throw new ControlError(404, message);
}

export function ok(body: unknown, status = 200): HttpResult {
  return json(status, body);
}

export async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBody(req);
  if (body.kind === 'invalid') bad('body must be a JSON object');
  return body.value;
}

/** `at` as ISO text or epoch milliseconds; absent means now. */
export function parseAt(value: unknown, now: number): number {
  if (value === undefined || value === null || value === '') return now;
  const ms = typeof value === 'number' ? value : Date.parse(String(value));
  if (!Number.isFinite(ms)) bad('at must be an ISO date-time or epoch milliseconds');
  return Math.floor(ms);
}

export function resolveUser(sim: Simulator, ref: unknown, field: string): SimUser {
  if (typeof ref !== 'string' && typeof ref !== 'number') bad(`${field} must be a username or user id`);
  const user = sim.world.findUser(String(ref));
  if (!user) notFound(`no account ${String(ref)}`);
  return user;
}

export function optionalUser(sim: Simulator, ref: unknown, field: string): SimUser | undefined {
  return ref === undefined || ref === null || ref === '' ? undefined : resolveUser(sim, ref, field);
}

export function resolvePost(sim: Simulator, ref: unknown, field: string): SimPost {
  if (typeof ref !== 'string' || !/^\d{1,19}$/.test(ref)) bad(`${field} must be a post id`);
  const post = sim.world.livePost(ref);
  if (!post) notFound(`no post ${ref}`);
  return post;
}

export function optionalText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !value.trim()) bad('text must be a non-empty string');
  return value;
}

export function userSummary(sim: Simulator, user: SimUser): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    kind: user.kind,
    client: clientOf(user.username) ?? null,
    followers: userFollowers(user, sim.clock.now()),
    posts: user.postsBefore + user.postCount,
    verified: user.verified,
    profileImageUrl: `${sim.baseUrl}/avatars/${user.id}.svg`,
  };
}

export function postSummary(sim: Simulator, post: SimPost): Record<string, unknown> {
  const author = sim.world.users.get(post.authorId);
  return {
    id: post.id,
    text: post.text,
    authorId: post.authorId,
    username: author?.username ?? null,
    name: author?.name ?? null,
    createdAt: post.createdAtIso,
    conversationId: post.conversationId,
    inReplyToPostId: post.inReplyToPostId ?? null,
    inReplyToUserId: post.inReplyToUserId ?? null,
    quotedPostId: post.quotedPostId ?? null,
    repostOfId: post.repostOfId ?? null,
    mentions: post.mentions.map((m) => m.username),
    hasLink: post.urls.length > 0,
    origin: post.origin,
    deleted: post.deleted,
    publicMetrics: postPublicMetrics(post, sim.clock.now()),
  };
}

export function positiveInt(value: unknown, field: string, max: number, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) bad(`${field} must be an integer between 1 and ${max}`);
  return n;
}
