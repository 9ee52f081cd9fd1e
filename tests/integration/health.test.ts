import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { checkHealth } from "@/lib/health/check-health";
import { PrismaClient } from "@/lib/db/generated/client";

// Nothing listens on port 1: connections are refused at once.
const CLOSED_PORT_URL = "postgresql://postgres@127.0.0.1:1/none";

describe("health", () => {
  it("reports ok when the database answers", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", db: "ok" });
  });

  it("reports the database as unreachable with a reason", async () => {
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: CLOSED_PORT_URL, connectionTimeoutMillis: 500 }) });
    const health = await checkHealth(unreachable);
    expect(health).toMatchObject({ status: "error", db: "unreachable" });
    if (health.status === "error") expect(health.reason).toMatch(/^database: \S[^\n]*$/);
  });
});

describe("GET /api/health", () => {
  const global = globalThis as { rapportDb?: unknown };
  const saved = { url: process.env.DATABASE_URL, db: global.rapportDb };
  afterEach(() => {
    process.env.DATABASE_URL = saved.url;
    global.rapportDb = saved.db;
    vi.resetModules();
  });

  it("answers 200 {status: ok, db: ok}, never cached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 with a reason when the database is unreachable", async () => {
    // The route as deployed, with lib/db's one client made from a DATABASE_URL nobody answers:
    // a fresh module graph, and lib/db's per-process client (kept on globalThis for dev reloads) forgotten.
    process.env.DATABASE_URL = CLOSED_PORT_URL;
    delete global.rapportDb;
    vi.resetModules();
    const route = await import("@/app/api/health/route");
    const response = await route.GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { status: string; db: string; reason: string };
    expect(body).toMatchObject({ status: "error", db: "unreachable" });
    expect(body.reason).toMatch(/^database: \S[^\n]*$/);
    await (global.rapportDb as { $disconnect: () => Promise<void> } | undefined)?.$disconnect();
  });
});
