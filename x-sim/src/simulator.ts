import { SimClock } from './clock';
import type { SimulatorConfig } from './config';
import { Faults } from './faults';
import { ID_STREAMS } from './ids';
import { CodeStore } from './oauth/codes';
import { TokenStore } from './oauth/tokens';
import { createRng, type Rng } from './prng';
import { RateLimiter } from './rate-limit';
import { RequestLog } from './truth/request-log';
import { ResponseCache } from './api/response-cache';
import type { CreateKind } from './truth/pricing';
import { makePicker, type ActorContext } from './world/actions';
import { buildWorld } from './world/build-world';
import type { WeightedPicker } from './world/engagement';
import { liveStep } from './world/live-activity';
import type { Person } from './world/population';
import { reactToApiPost } from './world/reactions';
import { Scheduler } from './world/scheduler';
import type { PostOrigin, SimPost } from './world/types';
import type { World } from './world/world';

export type WorldMode = 'seeded' | 'empty';

export interface CreatedRecord {
  id: string;
  text: string;
  kind: 'post' | 'reply' | 'quote' | 'repost';
  authorId: string;
  username: string;
  inReplyToPostId: string | null;
  inReplyToUserId: string | null;
  quotedPostId: string | null;
  repostOfId: string | null;
  conversationId: string;
  tokenId: string;
  createdAt: string;
  billedAs: CreateKind | null;
  costUsd: number;
  deletedAt?: string;
}

/** All of the simulator's state, rebuilt as one on reset. */
export class Simulator {
  readonly clock: SimClock;
  readonly tokens: TokenStore;
  readonly codes: CodeStore;
  readonly limiter: RateLimiter;
  readonly faults: Faults;
  readonly requests = new RequestLog();
  readonly scheduler = new Scheduler();
  readonly responses = new ResponseCache();
  world!: World;
  people: Person[] = [];
  created: CreatedRecord[] = [];
  mode: WorldMode;
  baseUrl = '';
  buildMs = 0;
  dirty = false;
  private picker: WeightedPicker<Person> | null = null;
  private liveRng!: Rng;
  private controlRng!: Rng;
  private restoring = false;

  constructor(readonly config: SimulatorConfig, now?: () => number) {
    this.clock = new SimClock(now);
    this.tokens = new TokenStore(() => this.clock.now());
    this.codes = new CodeStore(() => this.clock.now());
    this.limiter = new RateLimiter(() => this.clock.now(), config.rateScale);
    this.faults = new Faults(config.seed);
    this.mode = config.history ? 'seeded' : 'empty';
    this.build(this.mode);
    this.clock.onChange(() => {
      this.world.version++;
      this.tick();
    });
  }

  build(mode: WorldMode, seed: number | string = this.config.seed): void {
    const built = buildWorld(seed, this.clock.now(), mode === 'seeded');
    this.mode = mode;
    this.world = built.world;
    this.people = built.people;
    this.buildMs = built.buildMs;
    this.picker = makePicker(this.people);
    this.liveRng = createRng(seed, 'live');
    this.controlRng = createRng(seed, 'control');
    this.scheduler.clear();
    this.responses.clear();
    this.world.onPost((post) => this.onPost(post));
  }

  /** Back to a fresh world: tokens, codes, rate-limit windows, faults and logs are cleared too; the clock stays. */
  reset(mode: WorldMode, seed?: number | string): void {
    this.tokens.clear();
    this.codes.clear();
    this.limiter.clear();
    this.faults.clear();
    this.requests.clear();
    this.created = [];
    this.build(mode, seed ?? this.config.seed);
    this.dirty = true;
  }

  actor(origin: PostOrigin, rng?: Rng): ActorContext {
    const stream = origin === 'api' ? ID_STREAMS.api : origin === 'control' ? ID_STREAMS.control : ID_STREAMS.live;
    return { world: this.world, rng: rng ?? (origin === 'control' ? this.controlRng : this.liveRng), origin, stream, people: this.picker };
  }

  /** Runs what is due on the simulated clock (reactions scheduled for now or earlier). */
  tick(): void {
    this.scheduler.runDue(this.clock.now());
  }

  liveStep(): SimPost | undefined {
    return liveStep(this.actor('live'), this.clock.now());
  }

  withRestoring(fn: () => void): void {
    this.restoring = true;
    try {
      fn();
    } finally {
      this.restoring = false;
    }
  }

  private onPost(post: SimPost): void {
    this.dirty = true;
    if (this.restoring || post.origin !== 'api' || !this.config.reactions) return;
    reactToApiPost(this.world, this.scheduler, this.config.seed, { world: this.world, people: this.picker }, post);
  }
}
