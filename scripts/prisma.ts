// Runs the Prisma CLI with the offline schema engine when one is available (see scripts/lib/prisma-env.ts).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { prismaEnv } from "./lib/prisma-env";

const require = createRequire(import.meta.url);
const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), ...process.argv.slice(2)], {
  stdio: "inherit",
  env: prismaEnv(process.env),
});
process.exit(result.status ?? 1);
