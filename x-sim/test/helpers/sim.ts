import { Agent } from 'node:http';
import { TwitterApi } from 'twitter-api-v2';
import { startSimulator, type SimulatorHandle, type SimulatorOptions } from '../../src/server';
import { baseUrlPlugin } from './base-url-plugin';

/** A fixed base time: the world is identical on every run and only moves when a test advances the clock. */
export const TEST_NOW = Date.UTC(2026, 10, 25, 15, 0, 0);
export const CLIENT_ID = 'rapport-dev';
export const CLIENT_SECRET = 'rapport-dev-secret';

export async function startTestSim(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  return startSimulator({ port: 0, now: () => TEST_NOW, ...options });
}

export async function control<T = Record<string, unknown>>(sim: SimulatorHandle, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export interface MintedToken {
  access_token: string;
  refresh_token?: string;
  scope: string;
  user: { id: string; username: string };
}

export function mintToken(sim: SimulatorHandle, username: string, extra: Record<string, unknown> = {}): Promise<MintedToken> {
  return control<MintedToken>(sim, 'POST', '/_sim/tokens', { username, ...extra });
}

const agent = new Agent({ keepAlive: true });

/** twitter-api-v2 configured as the app configures it: the base-URL plugin first, plain http agent. */
export function clientSettings(sim: SimulatorHandle) {
  return { plugins: [baseUrlPlugin(sim.url)], httpAgent: agent };
}

export function userClient(sim: SimulatorHandle, accessToken: string): TwitterApi {
  return new TwitterApi(accessToken, clientSettings(sim));
}

export function appClient(sim: SimulatorHandle): TwitterApi {
  return new TwitterApi({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }, clientSettings(sim));
}

export async function rawGet(sim: SimulatorHandle, path: string, token?: string): Promise<{ status: number; headers: Headers; body: unknown; contentType: string }> {
  const res = await fetch(`${sim.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined, contentType: res.headers.get('content-type') ?? '' };
}
