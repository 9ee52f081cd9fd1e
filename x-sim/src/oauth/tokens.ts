import { randomBytes } from 'node:crypto';

export interface AccessRecord {
  kind: 'access';
  token: string;
  /** Short handle for logs and ground truth; never the secret itself. */
  id: string;
  chainId: string;
  userId: string | null;
  clientId: string;
  scopes: Set<string>;
  scope: string;
  issuedAt: number;
  expiresAt: number;
  revoked: boolean;
}

interface RefreshRecord {
  kind: 'refresh';
  token: string;
  chainId: string;
  state: 'active' | 'rotated' | 'revoked';
}

interface Chain {
  id: string;
  userId: string | null;
  clientId: string;
  scope: string;
  ttlSeconds: number;
  revoked: boolean;
  accessTokens: string[];
  refreshTokens: string[];
}

export interface IssuedTokens {
  token_type: 'bearer';
  expires_in: number;
  access_token: string;
  scope: string;
  refresh_token?: string;
}

export type RefreshOutcome = { ok: true; tokens: IssuedTokens; chainId: string } | { ok: false; reason: 'unknown' | 'reused' | 'revoked' | 'client' };

export interface TokenSnapshot {
  chains: Chain[];
  access: Array<Omit<AccessRecord, 'scopes'>>;
  refresh: RefreshRecord[];
  counter: number;
}

function secret(prefix: string): string {
  return prefix + randomBytes(36).toString('base64url');
}

/**
 * OAuth 2.0 tokens as X runs them: access tokens live `ttlSeconds`; refresh tokens (only with
 * offline.access) rotate on every use, and presenting a rotated one again revokes the whole chain,
 * so two refreshes racing lose the connection, as on X.
 */
export class TokenStore {
  private readonly access = new Map<string, AccessRecord>();
  private readonly refresh = new Map<string, RefreshRecord>();
  private readonly chains = new Map<string, Chain>();
  private counter = 0;

  constructor(private readonly now: () => number) {}

  issue(input: { userId: string | null; clientId: string; scope: string; ttlSeconds: number }): IssuedTokens {
    const chain: Chain = {
      id: `chain_${++this.counter}`,
      userId: input.userId,
      clientId: input.clientId,
      scope: input.scope,
      ttlSeconds: input.ttlSeconds,
      revoked: false,
      accessTokens: [],
      refreshTokens: [],
    };
    this.chains.set(chain.id, chain);
    return this.mint(chain);
  }

  private mint(chain: Chain): IssuedTokens {
    const scopes = new Set(chain.scope.split(' ').filter(Boolean));
    const now = this.now();
    const record: AccessRecord = {
      kind: 'access',
      token: secret(''),
      id: `tok_${++this.counter}`,
      chainId: chain.id,
      userId: chain.userId,
      clientId: chain.clientId,
      scopes,
      scope: chain.scope,
      issuedAt: now,
      expiresAt: now + chain.ttlSeconds * 1000,
      revoked: false,
    };
    this.access.set(record.token, record);
    chain.accessTokens.push(record.token);
    const issued: IssuedTokens = {
      token_type: 'bearer',
      expires_in: chain.ttlSeconds,
      access_token: record.token,
      scope: chain.scope,
    };
    if (scopes.has('offline.access')) {
      const refresh: RefreshRecord = { kind: 'refresh', token: secret('r'), chainId: chain.id, state: 'active' };
      this.refresh.set(refresh.token, refresh);
      chain.refreshTokens.push(refresh.token);
      issued.refresh_token = refresh.token;
    }
    return issued;
  }

  /** The access record if the token is live now; expired, revoked and unknown tokens all come back undefined. */
  verify(token: string): AccessRecord | undefined {
    const record = this.access.get(token);
    if (!record || record.revoked || record.expiresAt <= this.now()) return undefined;
    const chain = this.chains.get(record.chainId);
    if (!chain || chain.revoked) return undefined;
    return record;
  }

  rotate(refreshToken: string, clientId: string): RefreshOutcome {
    const record = this.refresh.get(refreshToken);
    if (!record) return { ok: false, reason: 'unknown' };
    const chain = this.chains.get(record.chainId);
    if (!chain || chain.revoked || record.state === 'revoked') return { ok: false, reason: 'revoked' };
    if (chain.clientId !== clientId) return { ok: false, reason: 'client' };
    if (record.state === 'rotated') {
      this.revokeChain(chain);
      return { ok: false, reason: 'reused' };
    }
    record.state = 'rotated';
    return { ok: true, tokens: this.mint(chain), chainId: chain.id };
  }

  /** Revoking a refresh token ends its chain; revoking an access token ends only that token. */
  revoke(token: string): boolean {
    const access = this.access.get(token);
    if (access) {
      access.revoked = true;
      return true;
    }
    const refresh = this.refresh.get(token);
    const chain = refresh ? this.chains.get(refresh.chainId) : undefined;
    if (chain) {
      this.revokeChain(chain);
      return true;
    }
    return false;
  }

  private revokeChain(chain: Chain): void {
    chain.revoked = true;
    for (const token of chain.accessTokens) {
      const record = this.access.get(token);
      if (record) record.revoked = true;
    }
    for (const token of chain.refreshTokens) {
      const record = this.refresh.get(token);
      if (record) record.state = 'revoked';
    }
  }

  snapshot(): TokenSnapshot {
    return {
      chains: [...this.chains.values()],
      access: [...this.access.values()].map((a) => ({
        kind: a.kind, token: a.token, id: a.id, chainId: a.chainId, userId: a.userId, clientId: a.clientId,
        scope: a.scope, issuedAt: a.issuedAt, expiresAt: a.expiresAt, revoked: a.revoked,
      })),
      refresh: [...this.refresh.values()],
      counter: this.counter,
    };
  }

  restore(snapshot: TokenSnapshot): void {
    this.clear();
    for (const chain of snapshot.chains) this.chains.set(chain.id, chain);
    for (const a of snapshot.access) this.access.set(a.token, { ...a, scopes: new Set(a.scope.split(' ').filter(Boolean)) });
    for (const r of snapshot.refresh) this.refresh.set(r.token, r);
    this.counter = snapshot.counter;
  }

  clear(): void {
    this.access.clear();
    this.refresh.clear();
    this.chains.clear();
  }
}
