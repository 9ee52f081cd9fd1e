import { existsSync } from "node:fs";
import path from "node:path";

const projectRoot = path.resolve(import.meta.dirname, "../..");

// Where the offline schema engine lives on this project's machines, nearest first.
const OFFLINE_ENGINE_CANDIDATES = [
  path.resolve(projectRoot, "../shared/prisma-offline/schema-engine.mjs"),
  "/work/shared/prisma-offline/schema-engine.mjs",
];

export function prismaEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const next: NodeJS.ProcessEnv = { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
  if (!next.PRISMA_SCHEMA_ENGINE_BINARY) {
    const found = OFFLINE_ENGINE_CANDIDATES.find((candidate) => existsSync(candidate));
    if (found) next.PRISMA_SCHEMA_ENGINE_BINARY = found;
  }
  // `prisma generate` and `validate` need no database; give them a placeholder so
  // prisma.config.ts can always resolve.
  next.DATABASE_URL ??= "postgresql://placeholder@127.0.0.1:5432/placeholder";
  return next;
}
