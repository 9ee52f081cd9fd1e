import { db as defaultDb } from "@/lib/db";

export type Health = { status: "ok"; db: "ok" } | { status: "error"; db: "unreachable"; reason: string };

const DB_TIMEOUT_MS = 2_000;

export async function checkHealth(db: Pick<typeof defaultDb, "$queryRaw"> = defaultDb): Promise<Health> {
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${DB_TIMEOUT_MS} ms`)), DB_TIMEOUT_MS)),
    ]);
    return { status: "ok", db: "ok" };
  } catch (error) {
    // Prisma's messages open with a blank line and the invocation; the cause is on the last line.
    const reason = error instanceof Error ? (error.message.split("\n").map((line) => line.trim()).filter(Boolean).at(-1) ?? "unknown") : "unknown";
    return { status: "error", db: "unreachable", reason: `database: ${reason}` };
  }
}
