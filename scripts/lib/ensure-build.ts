import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./paths";
import { run } from "./run";

const SOURCES = ["app", "components", "lib", "proxy.ts", "next.config.ts", "package.json", "postcss.config.mjs"];

function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Builds the production app unless .next already holds a build newer than every source file. */
export async function ensureBuild(env: NodeJS.ProcessEnv, distDir = ".next"): Promise<void> {
  const buildId = path.join(ROOT, distDir, "BUILD_ID");
  if (existsSync(buildId)) {
    const built = statSync(buildId).mtimeMs;
    const changed = SOURCES.map((s) => path.join(ROOT, s)).filter(existsSync).some((s) => newestMtime(s) > built);
    if (!changed) return;
  }
  console.log("Building Rapport (first run or sources changed; ≈ 1 min)…");
  await run(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], env);
}
