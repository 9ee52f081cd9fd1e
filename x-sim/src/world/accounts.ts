import { ID_STREAMS } from '../ids';
import type { SimUser } from './types';
import type { World } from './world';

export const USERNAME = /^[A-Za-z0-9_]{1,15}$/;

export interface AccountInput {
  username: string;
  name?: string;
  description?: string;
  followers?: number;
  verified?: boolean;
}

/** An account made on demand (a test's own tenant, a benchmark's 200 brands); existing names are returned as they are. */
export function createAccount(world: World, input: AccountInput, now: number): { user: SimUser; created: boolean } {
  const username = input.username.replace(/^@/, '');
  if (!USERNAME.test(username)) throw new Error(`username must match ${USERNAME.source}`);
  const existing = world.userByName(username);
  if (existing) return { user: existing, created: false };
  const id = world.ids.make(now, ID_STREAMS.users);
  const user: SimUser = {
    id,
    username,
    name: input.name ?? username,
    description: input.description ?? '',
    createdAt: now,
    createdAtIso: new Date(now).toISOString(),
    verified: input.verified ?? false,
    verifiedType: input.verified ? 'blue' : 'none',
    followersBase: Math.max(0, Math.floor(input.followers ?? 0)),
    following: 0,
    listed: 0,
    likes: 0,
    postsBefore: 0,
    postCount: 0,
    followersBonus: 0,
    kind: 'created',
    growthFrom: now,
  };
  world.addUser(user);
  return { user, created: true };
}
