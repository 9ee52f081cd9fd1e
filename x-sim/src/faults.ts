import { createRng, type Rng } from './prng';

export const FAULT_KINDS = ['429', '500', '503', '402', 'slow', 'truncated', 'malformed', 'reset'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  id: string;
  /** "*", "GET /2/users/:id/mentions", "/2/users/:id/mentions" (any method) or a concrete path. */
  endpoint: string;
  kind: FaultKind;
  probability: number;
  /** Fail only the next N matching calls, then the rule removes itself. */
  remaining?: number;
  /** For `slow`: how long to hold the answer. */
  delayMs: number;
  hits: number;
  createdAt: string;
}

export interface FaultInput {
  endpoint?: unknown;
  kind?: unknown;
  probability?: unknown;
  count?: unknown;
  delayMs?: unknown;
}

/**
 * Injected failures, per endpoint pattern. Chance uses its own seeded stream, so a test that injects
 * "30% 503" sees the same sequence every run.
 */
export class Faults {
  private rules: FaultRule[] = [];
  private rng: Rng;
  private counter = 0;

  constructor(private readonly seed: number | string) {
    this.rng = createRng(seed, 'faults');
  }

  add(input: FaultInput): FaultRule {
    const kind = String(input.kind ?? '');
    if (!(FAULT_KINDS as readonly string[]).includes(kind)) {
      throw new Error(`kind must be one of ${FAULT_KINDS.join(', ')}`);
    }
    const probability = input.probability === undefined ? 1 : Number(input.probability);
    if (!Number.isFinite(probability) || probability < 0 || probability > 1) throw new Error('probability must be between 0 and 1');
    const rule: FaultRule = {
      id: `fault_${++this.counter}`,
      endpoint: typeof input.endpoint === 'string' && input.endpoint.trim() ? input.endpoint.trim() : '*',
      kind: kind as FaultKind,
      probability,
      delayMs: input.delayMs === undefined ? 15_000 : Math.max(0, Number(input.delayMs) || 0),
      hits: 0,
      createdAt: new Date().toISOString(),
    };
    if (input.count !== undefined) {
      const count = Number(input.count);
      if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer');
      rule.remaining = count;
    }
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
    this.rng = createRng(this.seed, 'faults');
  }

  get active(): boolean {
    return this.rules.length > 0;
  }

  /** The first rule that fires for this request, if any; consumes one use of a counted rule. */
  pick(method: string, routeName: string, path: string): FaultRule | undefined {
    if (!this.rules.length) return undefined;
    for (const rule of this.rules) {
      if (!matches(rule.endpoint, method, routeName, path)) continue;
      if (rule.probability < 1 && !this.rng.chance(rule.probability)) continue;
      rule.hits++;
      if (rule.remaining !== undefined) {
        rule.remaining--;
        if (rule.remaining <= 0) this.remove(rule.id);
      }
      return rule;
    }
    return undefined;
  }
}

function matches(pattern: string, method: string, routeName: string, path: string): boolean {
  if (pattern === '*') return true;
  const [first = '', second] = pattern.split(/\s+/, 2);
  const hasMethod = second !== undefined;
  const wantMethod = hasMethod ? first.toUpperCase() : '*';
  const wantPath = hasMethod ? second : first;
  if (wantMethod !== '*' && wantMethod !== method) return false;
  if (wantPath === '*') return true;
  const routePath = routeName.slice(routeName.indexOf(' ') + 1);
  return wantPath === routePath || wantPath === path;
}
