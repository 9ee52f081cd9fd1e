import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api/pipeline';
import { pageNotFound } from './api/errors';
import { apiRouter } from './api/routes';
import { resolveConfig, type SimulatorOptions } from './config';
import { ControlError, jsonBody, type ControlRequest } from './control/context';
import { controlRouter } from './control/routes';
import { html, json, send, type HttpResult } from './http/respond';
import { authorizeGet, authorizePost } from './oauth/routes';
import { Simulator } from './simulator';
import { loadState, saveState } from './state-file';
import { avatarSvg } from './ui/avatar';
import { homePage } from './ui/home-page';

export type { SimulatorOptions } from './config';

export interface SimulatorHandle {
  url: string;
  port: number;
  /** The simulator's state, for in-process tests (world, clock, tokens, logs). */
  sim: Simulator;
  now(): number;
  advance(ms: number): number;
  close(): Promise<void>;
}

const api = apiRouter();
const control = controlRouter();

async function handleControl(sim: Simulator, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const match = control.match(req.method ?? 'GET', url.pathname);
  if (!match) return send(res, json(404, { error: `no control route ${req.method} ${url.pathname}` }));
  let bodyCache: Promise<Record<string, unknown>> | undefined;
  const ctx: ControlRequest = { sim, req, url, params: match.params, body: () => (bodyCache ??= jsonBody(req)) };
  try {
    send(res, await match.handler(ctx));
  } catch (error) {
    if (error instanceof ControlError) return send(res, json(error.status, { error: error.message }));
    console.error('[x-sim] control route failed', error);
    send(res, json(500, { error: error instanceof Error ? error.message : String(error) }));
  }
  sim.dirty = true;
}

async function handlePage(sim: Simulator, req: IncomingMessage, url: URL): Promise<HttpResult> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  if (path === '/i/oauth2/authorize') {
    if (method === 'GET') return authorizeGet(sim, url);
    if (method === 'POST') return authorizePost(sim, req);
  }
  if (method === 'GET' && path === '/') return html(200, homePage(sim));
  const avatar = /^\/avatars\/(\d{1,19})\.svg$/.exec(path);
  if (method === 'GET' && avatar?.[1]) {
    const user = sim.world.users.get(avatar[1]);
    if (user) return { status: 200, raw: avatarSvg(user.id, user.name), contentType: 'image/svg+xml', headers: { 'cache-control': 'public, max-age=86400' } };
  }
  return { status: 404, raw: 'Not found', contentType: 'text/plain; charset=utf-8' };
}

/** Starts a simulator (port 0 picks a free port); in-process by default: still world, no live activity. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const config = resolveConfig(options);
  const sim = new Simulator(config, options.now);
  if (config.stateFile && loadState(sim, config.stateFile)) options.log?.(`restored state from ${config.stateFile}`);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x-sim.local');
    const path = url.pathname;
    const done = (error: unknown): void => {
      console.error('[x-sim] request failed', error);
      if (!res.headersSent) send(res, json(500, { error: 'simulator error' }));
    };
    if (path.startsWith('/2/')) {
      sim.tick();
      const match = api.match(req.method ?? 'GET', path);
      if (!match) return send(res, pageNotFound());
      handleApi(sim, req, res, match, url).catch(done);
    } else if (path.startsWith('/_sim/')) {
      handleControl(sim, req, res, url).catch(done);
    } else {
      handlePage(sim, req, url).then((result) => send(res, result), done);
    }
  });
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host}:${port}`;
  sim.baseUrl = url;

  const timers: NodeJS.Timeout[] = [setInterval(() => sim.tick(), 250)];
  if (config.liveActivity && config.activityMs > 0) timers.push(setInterval(() => sim.liveStep(), config.activityMs));
  if (config.stateFile) {
    const file = config.stateFile;
    timers.push(setInterval(() => sim.dirty && saveState(sim, file), 5000));
  }
  for (const timer of timers) timer.unref();

  let closed = false;
  return {
    url,
    port,
    sim,
    now: () => sim.clock.now(),
    advance: (ms) => sim.clock.advance(ms),
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearInterval(timer);
      if (config.stateFile) saveState(sim, config.stateFile);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
