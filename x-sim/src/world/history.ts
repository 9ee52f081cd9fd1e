import { ID_STREAMS } from '../ids';
import { createRng, type Rng } from '../prng';
import { engagementFor, firstName, replyText, WeightedPicker, type PostKind } from './engagement';
import type { Person } from './population';
import { isPraise, texts } from './texts';
import type { BrandPersonality, SimPost, SimUser } from './types';
import type { World } from './world';

const DAY_MS = 86_400_000;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const HOUR_WEIGHTS = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 3.5, 3.5, 3.2, 3.4, 3.2, 3, 3, 3.1, 3.3, 3.4, 3.2, 2.8, 2.2, 1.6, 1.2];
const HOURS = HOUR_WEIGHTS.map((_, hour) => hour);

export interface HistoryOptions {
  seed: number | string;
  now: number;
  days: number;
}

/**
 * Ninety days of the demo world. Each (day, brand) pair has its own PRNG stream, so a day's content never
 * depends on when the simulator started; posts later than `now` are drafted and then dropped, which keeps
 * a restart later the same day a strict superset of the earlier history.
 */
export function generateHistory(world: World, people: readonly Person[], options: HistoryOptions): number {
  const picker = new WeightedPicker(people, (p) => p.activity);
  const drafts: SimPost[] = [];
  const praise = new Map<string, SimPost[]>();
  const reposted = new Set<string>();
  const today = Math.floor(options.now / DAY_MS);
  const brands = world.brands.filter((b) => b.brand);

  for (let day = today - options.days; day <= today; day++) {
    for (const brand of brands) {
      const rng = createRng(options.seed, 'day', day, brand.username);
      const gen = new DayGenerator(world, rng, brand, picker, drafts);
      gen.run(day * DAY_MS, praise, reposted);
    }
  }
  drafts.sort((a, b) => (a.id.length - b.id.length) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let kept = 0;
  for (const post of drafts) {
    if (post.createdAt > options.now) continue;
    world.indexPost(post);
    kept++;
  }
  return kept;
}

class DayGenerator {
  private readonly p: BrandPersonality;

  constructor(
    private readonly world: World,
    private readonly rng: Rng,
    private readonly brand: SimUser,
    private readonly picker: WeightedPicker<Person>,
    private readonly drafts: SimPost[],
  ) {
    if (!brand.brand) throw new Error('not a brand');
    this.p = brand.brand;
  }

  run(dayStart: number, praise: Map<string, SimPost[]>, reposted: Set<string>): void {
    const { rng, p, brand } = this;
    const ownPraise = praise.get(brand.id) ?? [];
    praise.set(brand.id, ownPraise);

    for (let i = rng.poisson(p.postsPerDay); i > 0; i--) {
      const link = rng.chance(p.linkShare);
      const text = link ? texts.linkPost(rng, p.topic, p.site) : texts.brandPost(rng, p.topic);
      const root = this.draft(brand, text, this.timeIn(dayStart), link ? 'link' : 'original');
      const comments = rng.poisson((link ? 0.25 : 1) * (0.4 + 3 * p.replyRate) * p.engagement);
      for (let c = 0; c < comments; c++) {
        const person = this.person();
        const at = root.createdAt + MINUTE + rng.exponential(2 * HOUR);
        const comment = this.draft(person, replyText(brand, texts.comment(rng)), at, 'reply', { parent: root });
        this.converse(person, comment, 0);
      }
      for (let q = rng.poisson((link ? 0.1 : 0.35) * p.engagement); q > 0; q--) {
        const person = this.person();
        const body = texts.comment(rng) + (rng.chance(0.5) ? ` @${brand.username}` : '');
        this.draft(person, body, root.createdAt + MINUTE + rng.exponential(5 * HOUR), 'quote', { quotedPostId: root.id });
      }
    }

    for (let i = rng.poisson(p.mentionsPerDay); i > 0; i--) {
      const person = this.person();
      const mention = this.draft(person, texts.mention(rng, p.topic, brand.username), this.timeIn(dayStart), 'mention');
      if (isPraise(mention.text)) ownPraise.push(mention);
      if (rng.chance(0.08)) {
        const other = this.person();
        if (other !== person) {
          const at = mention.createdAt + MINUTE + rng.exponential(HOUR);
          const chime = this.draft(other, `@${person.username} @${brand.username} same here!`, at, 'reply', { parent: mention });
          this.converse(other, chime, 1);
        }
      }
      this.converse(person, mention, 0);
    }

    for (let i = rng.poisson(1.2); i > 0; i--) {
      const person = this.person();
      const name = brand.name.replace(/ Help$/, '');
      this.draft(person, `anyone else tried ${name} lately? ${texts.comment(rng)}`, this.timeIn(dayStart), 'original');
    }

    for (let i = rng.poisson(p.repostsPerDay); i > 0 && ownPraise.length; i--) {
      const original = rng.pick(ownPraise.slice(-20));
      const author = this.world.users.get(original.authorId);
      if (!author || reposted.has(original.id)) continue;
      reposted.add(original.id);
      const at = original.createdAt + MINUTE + rng.exponential(3 * HOUR);
      this.draft(brand, `RT @${author.username}: ${original.text}`, at, 'repost', { repostOfId: original.id });
    }

    for (let i = rng.poisson(p.quotesPerDay); i > 0 && ownPraise.length; i--) {
      const original = rng.pick(ownPraise.slice(-20));
      const at = original.createdAt + MINUTE + rng.exponential(4 * HOUR);
      this.draft(brand, texts.brandQuote(rng), at, 'quote', { quotedPostId: original.id });
    }
  }

  /** Person writes → brand may answer → person answers back (more often than not) → … */
  private converse(person: SimUser, last: SimPost, depth: number): void {
    const { rng, p, brand } = this;
    if (depth > 5 || !rng.chance(p.replyRate * (depth === 0 ? 1 : 0.75))) return;
    const delay = 2 * MINUTE + rng.exponential(p.replyRate > 0.6 ? 25 * MINUTE : 3 * HOUR);
    const answer = this.draft(brand, replyText(person, texts.brandReply(rng, p.topic, firstName(person), last.text)), last.createdAt + delay, 'reply', {
      parent: last,
    });
    if (!rng.chance(0.55)) return;
    const back = this.draft(person, replyText(brand, texts.replyBack(rng)), answer.createdAt + MINUTE + rng.exponential(40 * MINUTE), 'reply', {
      parent: answer,
    });
    this.converse(person, back, depth + 1);
  }

  private draft(
    author: SimUser,
    text: string,
    at: number,
    kind: PostKind,
    refs: { parent?: SimPost; quotedPostId?: string; repostOfId?: string } = {},
  ): SimPost {
    const post = this.world.draftPost({
      authorId: author.id,
      text,
      at: Math.floor(at),
      origin: 'history',
      stream: ID_STREAMS.history,
      ...refs,
      ...engagementFor(author, kind, at, this.rng),
    });
    this.drafts.push(post);
    return post;
  }

  private person(): SimUser {
    return this.picker.pick(this.rng).user;
  }

  private timeIn(dayStart: number): number {
    const hour = this.rng.weighted(HOURS, (h) => HOUR_WEIGHTS[h] ?? 1);
    return dayStart + hour * HOUR + Math.floor(this.rng.next() * HOUR);
  }
}
