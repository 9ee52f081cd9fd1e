import { type ChildProcess, spawn } from "node:child_process";
import { openSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { ensureBuild } from "../../scripts/lib/ensure-build";
import { ROOT } from "../../scripts/lib/paths";
import { percentiles, round } from "./percentiles";

// The same build folder as the inbox e2e run (tsconfig.json already lists it; next build adds any new one there).
const DIST_DIR = ".next-inbox";
const COOKIE = "authjs.session-token";
const CONNECTIONS = 20;

// autocannon ships no types; x-sim/bench/autocannon.d.ts declares the promise form. This is the slice with
// per-connection setup and the per-response event, which gives exact percentiles (autocannon's own
// histogram has no p95).
type Client = { setHeaders: (headers: Record<string, string>) => void };
type Run = PromiseLike<{ errors: number; timeouts: number; non2xx: number; duration: number }> & {
  on: (event: "response", listener: (client: Client, statusCode: number, bytes: number, ms: number) => void) => void;
};
const fire = autocannon as unknown as (options: { url: string; connections: number; duration: number; setupClient: (client: Client) => void }) => Run;

/** CPU time (user + system) used so far by every process in a process group, in ms, from /proc; null without /proc. */
function groupCpuMs(pgid: number | undefined): number | null {
  try {
    let total = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // exited meanwhile
      }
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    }
    return total;
  } catch {
    return null;
  }
}

type Phase = { requests: number; requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

async function phase(url: string, seconds: number, cookies: string[]): Promise<Phase> {
  let next = 0;
  const latencies: number[] = [];
  const run = fire({ url, connections: CONNECTIONS, duration: seconds, setupClient: (client) => client.setHeaders({ cookie: cookies[next++ % cookies.length]! }) });
  run.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await run;
  const p = percentiles(latencies);
  return {
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / seconds, 1),
    p50: round(p.p50, 1),
    p95: round(p.p95, 1),
    p99: round(p.p99, 1),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** One GET on a kept-alive connection; resolves with the status when the whole body has arrived. */
function get(url: string, cookie: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { cookie } }, (res) => {
      res.on("data", () => undefined);
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

/**
 * 20 signed-in staff working: each on their own connection loads the page, reads it, and loads it again
 * after a think time drawn at random (exponential, mean `meanThinkMs`), so arrivals are independent, as
 * people's are. (autocannon's own rate option cuts the connections to the rate and fires in step.)
 */
async function humanPace(url: string, seconds: number, cookies: string[], meanThinkMs: number): Promise<Phase> {
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const until = performance.now() + seconds * 1000;
  const think = () => new Promise((resolve) => setTimeout(resolve, -Math.log(1 - Math.random()) * meanThinkMs));
  await Promise.all(
    cookies.map(async (cookie) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      await think();
      while (performance.now() < until) {
        const started = performance.now();
        try {
          const status = await get(url, cookie, agent);
          latencies.push(performance.now() - started);
          if (status < 200 || status >= 300) non2xx++;
        } catch {
          errors++;
        }
        await think();
      }
      agent.destroy();
    }),
  );
  const p = percentiles(latencies);
  return { requests: latencies.length, requestsPerSecond: round(latencies.length / seconds, 1), p50: round(p.p50, 1), p95: round(p.p95, 1), p99: round(p.p99, 1), errors, non2xx };
}

async function waitFor(url: string, child: ChildProcess, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}); see ${path.join(DIST_DIR, "bench-server.log")}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** Starts the production server, signs in 20 staff (minted Auth.js session cookies), and loads /inbox at once. */
export async function measureHttp(input: { port: number; seconds: number; workers: number; staff: { id: string; email: string }[]; log: (line: string) => void }) {
  const secret = process.env.AUTH_SECRET as string;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_TRUST_HOST: "true",
    APP_URL: `http://127.0.0.1:${input.port}`,
    PORT: String(input.port),
    HOSTNAME: "127.0.0.1",
    WEB_CONCURRENCY: String(input.workers),
  };
  await ensureBuild(env, DIST_DIR);
  const logFile = openSync(path.join(ROOT, DIST_DIR, "bench-server.log"), "a");
  // The production server `npm start` runs: one Next.js process per core.
  const server = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/serve.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", logFile, logFile],
    detached: true,
  });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // already stopped
    }
  };
  try {
    const base = `http://127.0.0.1:${input.port}`;
    await waitFor(`${base}/api/health`, server);
    const cookies = await Promise.all(
      input.staff.slice(0, CONNECTIONS).map(async (person) => `${COOKIE}=${await encode({ token: { sub: person.id, sv: 0, email: person.email }, secret, salt: COOKIE, maxAge: 3600 })}`),
    );
    // Check a session works, then warm the server up (first renders fill caches and the connection pool).
    const check = await fetch(`${base}/inbox`, { headers: { cookie: cookies[0]! }, redirect: "manual" });
    if (check.status !== 200) throw new Error(`GET /inbox with a minted session answered ${check.status}`);
    await phase(`${base}/inbox`, 3, cookies);
    // As asked: 20 connections back to back, each a signed-in staff member (a saturation test).
    const cpuBefore = groupCpuMs(server.pid);
    const saturated = await phase(`${base}/inbox`, input.seconds, cookies);
    const cpuAfter = groupCpuMs(server.pid);
    // The app's own CPU per page (all its processes): back-to-back connections queue behind it.
    const serverCpuMsPerRequest = cpuBefore !== null && cpuAfter !== null ? round((cpuAfter - cpuBefore) / saturated.requests, 1) : null;
    // The floor: the app's near-empty page (the shell, the session, no data) under the same load. No
    // page of the app can answer faster than this one.
    const floor = await phase(`${base}/settings`, input.seconds, cookies);
    // The same 20 people at a brisk human pace: each loads the inbox about every 5 s (4 pages/s in all).
    const paced = await humanPace(`${base}/inbox`, Math.max(input.seconds, 60), cookies, 5_000);
    return { connections: CONNECTIONS, seconds: input.seconds, workers: input.workers, ...saturated, serverCpuMsPerRequest, floor, paced };
  } finally {
    stop();
  }
}
