export interface SimulatorOptions {
  port?: number;
  host?: string;
  seed?: number | string;
  /** Milliseconds (wall clock) between live items across all brands; 0 switches live activity off. */
  activityMs?: number;
  tokenTtlS?: number;
  /** Multiplier on X's rate limits; 0 switches enforcement off. */
  rateScale?: number;
  clientId?: string;
  clientSecret?: string;
  stateFile?: string;
  /** Base time source; the control API's clock moves relative to it. */
  now?: () => number;
  /** Generate the 90-day history (default true) or start with accounts only. */
  history?: boolean;
  /** New activity while running (default: false in-process, true from the CLI unless X_SIM_ACTIVITY_MS=0). */
  liveActivity?: boolean;
  /** People react to posts made through the API (default true). */
  reactions?: boolean;
  /** Quote-posting was removed from self-serve plans in April 2026; set true to allow it anyway. */
  allowQuotePosts?: boolean;
  /** Reuse encoded answers to identical reads within a clock second (default true; off to measure rendering). */
  responseCache?: boolean;
  /** Log lines (requests are not logged). */
  log?: (line: string) => void;
}

export interface SimulatorConfig {
  port: number;
  host: string;
  seed: number | string;
  activityMs: number;
  tokenTtlS: number;
  rateScale: number;
  clientId: string;
  clientSecret: string;
  stateFile: string | undefined;
  history: boolean;
  liveActivity: boolean;
  reactions: boolean;
  allowQuotePosts: boolean;
  responseCache: boolean;
}

export const DEFAULTS = {
  port: 4100,
  host: '127.0.0.1',
  seed: 42,
  activityMs: 4000,
  tokenTtlS: 7200,
  rateScale: 1,
  clientId: 'rapport-dev',
  clientSecret: 'rapport-dev-secret',
} as const;

export function resolveConfig(options: SimulatorOptions): SimulatorConfig {
  return {
    port: options.port ?? 0,
    host: options.host ?? DEFAULTS.host,
    seed: options.seed ?? DEFAULTS.seed,
    activityMs: options.activityMs ?? DEFAULTS.activityMs,
    tokenTtlS: options.tokenTtlS ?? DEFAULTS.tokenTtlS,
    rateScale: options.rateScale ?? DEFAULTS.rateScale,
    clientId: options.clientId ?? DEFAULTS.clientId,
    clientSecret: options.clientSecret ?? DEFAULTS.clientSecret,
    stateFile: options.stateFile,
    history: options.history ?? true,
    liveActivity: options.liveActivity ?? false,
    reactions: options.reactions ?? true,
    allowQuotePosts: options.allowQuotePosts ?? false,
    responseCache: options.responseCache ?? true,
  };
}

function envNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got "${raw}"`);
  return value;
}

/** The CLI's options, read once from the environment. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): SimulatorOptions {
  const activityMs = envNumber(env, 'X_SIM_ACTIVITY_MS', DEFAULTS.activityMs);
  const seedRaw = env.X_SIM_SEED?.trim();
  return {
    port: envNumber(env, 'X_SIM_PORT', DEFAULTS.port),
    host: env.X_SIM_HOST?.trim() || DEFAULTS.host,
    seed: seedRaw ? (/^\d+$/.test(seedRaw) ? Number(seedRaw) : seedRaw) : DEFAULTS.seed,
    activityMs,
    liveActivity: activityMs > 0,
    tokenTtlS: envNumber(env, 'X_SIM_TOKEN_TTL_S', DEFAULTS.tokenTtlS),
    rateScale: envNumber(env, 'X_SIM_RATE_SCALE', DEFAULTS.rateScale),
    clientId: env.X_SIM_CLIENT_ID?.trim() || DEFAULTS.clientId,
    clientSecret: env.X_SIM_CLIENT_SECRET?.trim() || DEFAULTS.clientSecret,
    stateFile: env.X_SIM_STATE_FILE?.trim() || undefined,
    history: env.X_SIM_HISTORY !== '0',
    allowQuotePosts: env.X_SIM_ALLOW_QUOTE_POSTS === '1',
    responseCache: env.X_SIM_RESPONSE_CACHE !== '0',
  };
}
