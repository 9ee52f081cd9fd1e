import { createPrice, microsToUsd, PRICE_MICROS, type CreateKind } from './pricing';

const DAY_MS = 86_400_000;
const MAX_ENTRIES = 20_000;

export interface RequestEntry {
  seq: number;
  at: string;
  method: string;
  path: string;
  endpoint: string;
  status: number;
  accountId: string | null;
  tokenId: string | null;
  fault?: string;
  postsBilled: number;
  usersBilled: number;
  created?: CreateKind;
}

interface Billed {
  postsRead: number;
  usersRead: number;
  postsCreated: number;
  postsCreatedWithUrl: number;
  summonedReplies: number;
  costMicros: number;
}

interface AccountTally {
  total: number;
  byEndpoint: Map<string, number>;
  billed: Billed;
}

const emptyBilled = (): Billed => ({ postsRead: 0, usersRead: 0, postsCreated: 0, postsCreatedWithUrl: 0, summonedReplies: 0, costMicros: 0 });

function billedView(b: Billed): Record<string, number> {
  return {
    postsRead: b.postsRead,
    usersRead: b.usersRead,
    postsCreated: b.postsCreated,
    postsCreatedWithUrl: b.postsCreatedWithUrl,
    summonedReplies: b.summonedReplies,
    costUsd: microsToUsd(b.costMicros),
  };
}

/**
 * Every call to X's endpoints, counted per endpoint, per account and per access token, with the items X would bill:
 * a post or user read once per UTC day is billed once (per app), creations by kind.
 */
export class RequestLog {
  private total = 0;
  private seq = 0;
  private byEndpoint = new Map<string, number>();
  private byStatus = new Map<number, number>();
  private byAccount = new Map<string, AccountTally>();
  // Per token as well as per account: one account can hold several tokens at once (each refresh mints
  // another, tests mint their own), and ground truth should say which of them made the calls.
  private byToken = new Map<string, number>();
  private billed = emptyBilled();
  private entries: RequestEntry[] = [];
  private seenPosts = new Map<number, Set<string>>();
  private seenUsers = new Map<number, Set<string>>();

  private tally(accountId: string | null): AccountTally | undefined {
    if (!accountId) return undefined;
    let tally = this.byAccount.get(accountId);
    if (!tally) {
      tally = { total: 0, byEndpoint: new Map(), billed: emptyBilled() };
      this.byAccount.set(accountId, tally);
    }
    return tally;
  }

  private firstReadToday(seen: Map<number, Set<string>>, day: number, ids: readonly string[]): number {
    let set = seen.get(day);
    if (!set) {
      for (const old of seen.keys()) if (old < day - 1) seen.delete(old);
      set = new Set();
      seen.set(day, set);
    }
    let fresh = 0;
    for (const id of ids) {
      if (set.has(id)) continue;
      set.add(id);
      fresh++;
    }
    return fresh;
  }

  record(input: {
    now: number;
    method: string;
    path: string;
    endpoint: string;
    status: number;
    accountId: string | null;
    tokenId: string | null;
    fault?: string;
    postIds?: readonly string[];
    userIds?: readonly string[];
    created?: CreateKind;
  }): void {
    this.total++;
    this.byEndpoint.set(input.endpoint, (this.byEndpoint.get(input.endpoint) ?? 0) + 1);
    this.byStatus.set(input.status, (this.byStatus.get(input.status) ?? 0) + 1);
    const tally = this.tally(input.accountId);
    if (tally) {
      tally.total++;
      tally.byEndpoint.set(input.endpoint, (tally.byEndpoint.get(input.endpoint) ?? 0) + 1);
    }
    if (input.tokenId) this.byToken.set(input.tokenId, (this.byToken.get(input.tokenId) ?? 0) + 1);
    const day = Math.floor(input.now / DAY_MS);
    const posts = input.postIds?.length ? this.firstReadToday(this.seenPosts, day, input.postIds) : 0;
    const users = input.userIds?.length ? this.firstReadToday(this.seenUsers, day, input.userIds) : 0;
    const cost = posts * PRICE_MICROS.postRead + users * PRICE_MICROS.userRead + (input.created ? createPrice(input.created) : 0);
    for (const b of tally ? [this.billed, tally.billed] : [this.billed]) {
      b.postsRead += posts;
      b.usersRead += users;
      if (input.created) {
        b.postsCreated++;
        if (input.created === 'post_with_url') b.postsCreatedWithUrl++;
        if (input.created === 'summoned_reply') b.summonedReplies++;
      }
      b.costMicros += cost;
    }
    const entry: RequestEntry = {
      seq: ++this.seq,
      at: new Date(input.now).toISOString(),
      method: input.method,
      path: input.path,
      endpoint: input.endpoint,
      status: input.status,
      accountId: input.accountId,
      tokenId: input.tokenId,
      postsBilled: posts,
      usersBilled: users,
    };
    if (input.fault) entry.fault = input.fault;
    if (input.created) entry.created = input.created;
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  view(options: { entries?: boolean; account?: string; usernames: (id: string) => string | undefined }): Record<string, unknown> {
    const byAccount: Record<string, unknown> = {};
    for (const [id, tally] of this.byAccount) {
      byAccount[id] = {
        username: options.usernames(id) ?? null,
        total: tally.total,
        byEndpoint: Object.fromEntries(tally.byEndpoint),
        billed: billedView(tally.billed),
      };
    }
    const view: Record<string, unknown> = {
      total: this.total,
      byEndpoint: Object.fromEntries(this.byEndpoint),
      byStatus: Object.fromEntries([...this.byStatus].map(([k, v]) => [String(k), v])),
      byAccount,
      byToken: Object.fromEntries(this.byToken),
      billed: billedView(this.billed),
    };
    if (options.entries) {
      view.entries = options.account ? this.entries.filter((e) => e.accountId === options.account) : this.entries;
    }
    return view;
  }

  clear(): void {
    this.total = 0;
    this.byEndpoint.clear();
    this.byStatus.clear();
    this.byAccount.clear();
    this.byToken.clear();
    this.billed = emptyBilled();
    this.entries = [];
    this.seenPosts.clear();
    this.seenUsers.clear();
  }
}
