import { type ChildProcess, spawn } from "node:child_process";
import { ROOT } from "./paths";

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`))));
  });
}

type Service = { name: string; child: ChildProcess };

const services = new Set<Service>();
let stopping = false;

/**
 * Starts a long-running service in its own process group, so stopping it also stops what it
 * started (killing `npx` alone would leave next-server running). A service that exits before
 * `stopServices()` is called has died: `onUnexpectedExit` hears which one and how.
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onUnexpectedExit?: (name: string, how: string) => void,
): ChildProcess {
  if (stopping) throw new Error(`Not starting ${name}: shutting down.`);
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"], detached: true });
  const service = { name, child };
  services.add(service);
  const died = (how: string) => {
    if (stopping) return;
    if (onUnexpectedExit) onUnexpectedExit(name, how);
    else console.error(`${name} stopped (${how}).`);
  };
  child.on("error", (error) => died(error.message));
  child.on("exit", (code, signal) => died(signal ? `signal ${signal}` : `exit code ${code}`));
  return child;
}

const KILL_AFTER_MS = 8_000;
// After SIGKILL a group can only linger as zombies nobody reaps (a container without an init); don't wait on those forever.
const GIVE_UP_AFTER_KILL_MS = 2_000;

/**
 * Asks every service to stop (SIGTERM to its whole process group) and resolves once each group is
 * empty, so the database is still there while they finish. A service still running after 8 s is killed.
 */
export async function stopServices(killAfterMs = KILL_AFTER_MS): Promise<void> {
  stopping = true;
  await Promise.all([...services].map((service) => stopService(service, killAfterMs)));
  services.clear();
}

async function stopService({ name, child }: Service, killAfterMs: number): Promise<void> {
  const group = child.pid;
  if (group === undefined) return;
  signalGroup(group, "SIGTERM");
  if (await groupGone(child, group, killAfterMs)) return;
  console.error(`${name} did not stop within ${killAfterMs / 1000} s; killing it.`);
  signalGroup(group, "SIGKILL");
  await groupGone(child, group, GIVE_UP_AFTER_KILL_MS);
}

/** Waits until the service and everything in its process group (cluster workers, tsx's node) has exited. */
async function groupGone(child: ChildProcess, group: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const exited = child.exitCode !== null || child.signalCode !== null;
    if (exited && !signalGroup(group, 0)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends `signal` to a process group; false when no process is left in it. */
function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}

export async function waitForUrl(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
