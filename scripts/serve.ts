// The production web server: the Next.js app once per CPU core (WEB_CONCURRENCY overrides), behind one port.
// `next start` is a single Node process, so on a 2-core machine half the CPU sat idle while pages queued
// (bench/inbox: 20 staff loading the inbox at once). Every worker is stateless: sessions are cookies,
// throttling, presence and drafts live in PostgreSQL, and in-process caches re-check the database.
//
//   PORT=3000 [HOSTNAME=0.0.0.0] [WEB_CONCURRENCY=2] tsx scripts/serve.ts
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import next from "next";
import { ROOT } from "./lib/paths";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? availableParallelism()));

async function serve(): Promise<void> {
  const app = next({ dev: false, dir: ROOT, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => void handle(req, res));
  // Longer than a typical proxy's idle timeout, so a reverse proxy never reuses a socket we just closed.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname);
  // Finish requests in flight; open inbox streams never end by themselves, so they get 3 s, then go.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // A worker that dies while starting would die again (bad config, port taken): stop rather than loop.
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < 15_000) {
      console.error(`web worker ${worker.process.pid} failed to start (${code ?? signal})`);
      stop();
      process.exitCode = 1;
      return;
    }
    console.error(`web worker ${worker.process.pid} stopped (${code ?? signal}); starting another`);
    fork();
  });
  function stop() {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    setTimeout(() => process.exit(), 5_000).unref();
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
    });
  }
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
