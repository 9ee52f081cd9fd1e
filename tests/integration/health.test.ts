import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health/check-health";
import { PrismaClient } from "@/lib/db/generated/client";

describe("health", () => {
  it("reports ok when the database answers", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", db: "ok" });
  });

  it("reports the database as unreachable with a reason", async () => {
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 500 }) });
    const health = await checkHealth(unreachable);
    expect(health).toMatchObject({ status: "error", db: "unreachable" });
    if (health.status === "error") expect(health.reason).toMatch(/^database: /);
  });
});
