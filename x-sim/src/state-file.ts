import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { TokenSnapshot } from './oauth/tokens';
import type { CreatedRecord, Simulator, WorldMode } from './simulator';
import type { SimPost, SimUser } from './world/types';

interface StateFile {
  version: 1;
  seed: number | string;
  mode: WorldMode;
  clockOffsetMs: number;
  rateScale: number;
  users: SimUser[];
  followerBonuses: Array<[string, number]>;
  posts: SimPost[];
  deletedHistory: string[];
  idCounters: Array<[number, number]>;
  tokens: TokenSnapshot;
  created: CreatedRecord[];
}

/**
 * What the seed cannot rebuild: accounts made on demand, posts made since start (API, control, live),
 * deletions, tokens, ground truth and the clock. The seeded history itself is regenerated.
 */
export function saveState(sim: Simulator, file: string): void {
  const w = sim.world;
  const state: StateFile = {
    version: 1,
    seed: sim.config.seed,
    mode: sim.mode,
    clockOffsetMs: sim.clock.offset,
    rateScale: sim.limiter.scale,
    users: [...w.users.values()].filter((u) => u.kind === 'created'),
    followerBonuses: [...w.users.values()].filter((u) => u.followersBonus && u.kind !== 'created').map((u) => [u.id, u.followersBonus]),
    posts: w.timeline.filter((p) => p.origin !== 'history'),
    deletedHistory: w.timeline.filter((p) => p.origin === 'history' && p.deleted).map((p) => p.id),
    idCounters: w.ids.exportCounters(),
    tokens: sim.tokens.snapshot(),
    created: sim.created,
  };
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
  sim.dirty = false;
}

/** Restores a saved state if the file exists and was written for the same seed; returns whether it did. */
export function loadState(sim: Simulator, file: string): boolean {
  if (!existsSync(file)) return false;
  const state = JSON.parse(readFileSync(file, 'utf8')) as StateFile;
  if (state.version !== 1 || String(state.seed) !== String(sim.config.seed)) return false;
  sim.clock.restoreOffset(state.clockOffsetMs);
  sim.limiter.scale = state.rateScale;
  sim.build(state.mode);
  const w = sim.world;
  sim.withRestoring(() => {
    for (const user of state.users) {
      if (!w.users.has(user.id)) w.addUser({ ...user, postCount: 0 });
    }
    for (const [id, bonus] of state.followerBonuses) {
      const user = w.users.get(id);
      if (user) user.followersBonus = bonus;
    }
    for (const post of state.posts) {
      if (w.posts.has(post.id)) continue;
      const wasDeleted = post.deleted;
      w.indexPost({ ...post, deleted: false, replyCount: 0, quoteCount: 0, repostCount: 0, rev: 0 });
      const indexed = w.posts.get(post.id);
      if (wasDeleted && indexed) w.deletePost(indexed);
    }
    for (const id of state.deletedHistory) {
      const post = w.posts.get(id);
      if (post) w.deletePost(post);
    }
  });
  w.ids.importCounters(state.idCounters);
  sim.tokens.restore(state.tokens);
  sim.created = state.created;
  sim.dirty = false;
  return true;
}
