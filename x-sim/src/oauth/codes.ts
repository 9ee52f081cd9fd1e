import { createHash, randomBytes } from 'node:crypto';

export const CODE_TTL_MS = 30_000;

export interface AuthCode {
  code: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  userId: string;
  challenge: string;
  method: 'S256' | 'plain';
  expiresAt: number;
  used: boolean;
}

/** Authorization codes: single use, 30 seconds on the simulator's clock. */
export class CodeStore {
  private readonly codes = new Map<string, AuthCode>();

  constructor(private readonly now: () => number) {}

  create(input: Omit<AuthCode, 'code' | 'expiresAt' | 'used'>): AuthCode {
    const code: AuthCode = { ...input, code: randomBytes(30).toString('base64url'), expiresAt: this.now() + CODE_TTL_MS, used: false };
    this.codes.set(code.code, code);
    return code;
  }

  /** The code if it can be redeemed now; it is spent either way. */
  redeem(code: string): AuthCode | undefined {
    const record = this.codes.get(code);
    if (!record || record.used || record.expiresAt <= this.now()) return undefined;
    record.used = true;
    return record;
  }

  clear(): void {
    this.codes.clear();
  }
}

export function verifierMatches(method: 'S256' | 'plain', challenge: string, verifier: string): boolean {
  if (method === 'plain') return verifier === challenge;
  return createHash('sha256').update(verifier).digest('base64url') === challenge;
}

/** Every OAuth 2.0 scope X's authorize page accepts. */
export const KNOWN_SCOPES = new Set([
  'block.read', 'block.write', 'bookmark.read', 'bookmark.write', 'broadcast.read', 'broadcast.write', 'dm.read', 'dm.write',
  'follows.read', 'follows.write', 'like.read', 'like.write', 'list.read', 'list.write', 'media.write', 'mute.read',
  'mute.write', 'offline.access', 'space.read', 'timeline.read', 'tweet.moderate.write', 'tweet.read', 'tweet.write',
  'users.read',
]);
