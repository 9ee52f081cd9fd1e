import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/**
 * Throughput of mention pages. The simulator runs in its own process (as in dev) with rate limits off;
 * autocannon fires GET /2/users/:id/mentions?max_results=100 with expansions for DURATION seconds:
 *  1. the default configuration (identical reads within a clock second reuse the encoded answer);
 *  2. with that response cache off (X_SIM_RESPONSE_CACHE=0), so every call paginates and assembles.
 * The last line printed is JSON, for scripts.
 */
const DURATION = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const QUERY = [
  'max_results=100',
  'expansions=author_id,referenced_tweets.id,in_reply_to_user_id',
  'tweet.fields=created_at,conversation_id,in_reply_to_user_id,referenced_tweets,entities,public_metrics,author_id',
  'user.fields=public_metrics,profile_image_url,verified,description',
].join('&');

function startSimProcess(extraEnv: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, X_SIM_PORT: '0', X_SIM_ACTIVITY_MS: '0', X_SIM_RATE_SCALE: '0', X_SIM_STATE_FILE: '', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`simulator exited early (${code}): ${errors}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
  });
}

interface Figures {
  requestsPerSec: number;
  /** Simulator CPU per request: what one core could serve, whatever else the machine is doing. */
  cpuMsPerRequest: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  pageKiB: number;
}

async function simCpuMs(url: string): Promise<number> {
  const health = (await (await fetch(`${url}/_sim/health`)).json()) as { process: { cpuMs: number } };
  return health.process.cpuMs;
}

async function measure(label: string, extraEnv: Record<string, string>): Promise<Figures> {
  const { child, url } = await startSimProcess(extraEnv);
  try {
    const tokenRes = await fetch(`${url}/_sim/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'northwindhelp' }),
    });
    const token = (await tokenRes.json()) as { access_token: string; user: { id: string } };
    const target = `${url}/2/users/${token.user.id}/mentions?${QUERY}`;
    const headers = { authorization: `Bearer ${token.access_token}` };
    const sample = await fetch(target, { headers });
    const text = await sample.text();
    const body = JSON.parse(text) as { data?: unknown[]; includes?: { users?: unknown[]; tweets?: unknown[] } };
    const pageKiB = Math.round(Buffer.byteLength(text) / 102.4) / 10;
    console.log(`\n[${label}] ${url}: a page holds ${body.data?.length ?? 0} posts, ${body.includes?.users?.length ?? 0} users, ${body.includes?.tweets?.length ?? 0} referenced posts (${pageKiB} KiB)`);
    await autocannon({ url: target, headers, connections: CONNECTIONS, duration: 2 });
    const cpuBefore = await simCpuMs(url);
    const result = await autocannon({ url: target, headers, connections: CONNECTIONS, duration: DURATION });
    const cpuMsPerRequest = Math.round(((await simCpuMs(url)) - cpuBefore) / Math.max(1, result.requests.total) * 1000) / 1000;
    const requestsPerSec = Math.round(result.requests.total / DURATION);
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(`[${label}] ${result.requests.total} requests in ${DURATION}s with ${CONNECTIONS} connections → ${requestsPerSec} req/s`);
    console.log(`[${label}] latency p50 ${result.latency.p50} ms · p99 ${result.latency.p99} ms · max ${result.latency.max} ms · ${(result.throughput.average / 1048576).toFixed(0)} MiB/s · errors ${errors}`);
    console.log(`[${label}] simulator CPU ${cpuMsPerRequest} ms per request → ~${Math.round(1000 / cpuMsPerRequest)} req/s per core`);
    return { requestsPerSec, cpuMsPerRequest, p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors, pageKiB };
  } finally {
    await stop(child);
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function main(): Promise<void> {
  const main = await measure('default', {});
  const render = await measure('response cache off', { X_SIM_RESPONSE_CACHE: '0' });
  const met = main.requestsPerSec >= 2000;
  console.log(`\n${met ? 'target met' : 'TARGET MISSED'}: ${main.requestsPerSec} mention pages/s (target ≥ 2,000); every call rendered: ${render.requestsPerSec}/s`);
  console.log(`machine load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${cpus().length} cores; autocannon shares them)`);
  console.log(
    JSON.stringify({
      bench: 'sim',
      node: process.versions.node,
      endpoint: 'GET /2/users/:id/mentions',
      maxResults: 100,
      pageKiB: main.pageKiB,
      connections: CONNECTIONS,
      durationS: DURATION,
      requestsPerSec: main.requestsPerSec,
      p50Ms: main.p50Ms,
      p99Ms: main.p99Ms,
      errors: main.errors + render.errors,
      cpuMsPerRequest: main.cpuMsPerRequest,
      renderedCpuMsPerRequest: render.cpuMsPerRequest,
      renderedRequestsPerSec: render.requestsPerSec,
      renderedP50Ms: render.p50Ms,
      renderedP99Ms: render.p99Ms,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
