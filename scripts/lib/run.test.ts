import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

// run.ts keeps its services per process, and stopping is for good: each test gets a fresh copy.
async function freshRun() {
  vi.resetModules();
  return import("./run");
}

const dir = mkdtempSync(path.join(tmpdir(), "rapport-run-"));

/** A Node process that writes `ready` once its SIGTERM handler is in place; `onTerm` is what that handler does. */
function node(name: string, onTerm: string): [string, string[]] {
  const ready = path.join(dir, name);
  const script = `process.on("SIGTERM", () => { ${onTerm} }); require("node:fs").writeFileSync(${JSON.stringify(ready)}, ""); setInterval(() => {}, 1000);`;
  return [process.execPath, ["-e", script]];
}

const groupAlive = (pid: number | undefined) => {
  try {
    process.kill(-(pid ?? 0), 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("services", () => {
  it("reports a service that dies; on stop, waits for each to finish and kills the one that will not", async () => {
    const { startService, stopServices } = await freshRun();
    const died: string[] = [];
    const onDeath = (name: string, how: string) => died.push(`${name}: ${how}`);

    startService("crasher", "sh", ["-c", "exit 3"], process.env, onDeath);
    await until(() => died.length > 0);
    expect(died).toEqual(["crasher: exit code 3"]);

    const [slowCmd, slowArgs] = node("slow", "setTimeout(() => process.exit(0), 1000);");
    const slow = startService("slow", slowCmd, slowArgs, process.env, onDeath);
    const [stubbornCmd, stubbornArgs] = node("stubborn", "/* ignores SIGTERM */");
    const stubborn = startService("stubborn", stubbornCmd, stubbornArgs, process.env, onDeath);
    await until(() => ["slow", "stubborn"].every((f) => existsSync(path.join(dir, f))));

    const started = Date.now();
    await stopServices(2_500);
    const took = Date.now() - started;

    expect(took).toBeGreaterThanOrEqual(2_500);
    expect(took).toBeLessThan(6_000);
    for (const child of [slow, stubborn]) expect(groupAlive(child.pid)).toBe(false);
    expect(stubborn.signalCode).toBe("SIGKILL");
    expect(slow.exitCode).toBe(0);
    expect(died).toEqual(["crasher: exit code 3"]);
    expect(() => startService("late", "true", [], process.env)).toThrow(/shutting down/);
  }, 20_000);

  it("waits for what a service started, not only for the service itself", async () => {
    const { startService, stopServices } = await freshRun();
    // The shell dies at once on SIGTERM; the Node process it started (same group) takes a second longer.
    const [childCmd, childArgs] = node("grandchild", "setTimeout(() => process.exit(0), 1000);");
    const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
    const shell = startService("shell", "sh", ["-c", `${[childCmd, ...childArgs].map(quote).join(" ")} & wait`], process.env);
    await until(() => existsSync(path.join(dir, "grandchild")));

    const started = Date.now();
    await stopServices();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(shell.signalCode).toBe("SIGTERM");
    expect(groupAlive(shell.pid)).toBe(false);
  }, 20_000);
});
