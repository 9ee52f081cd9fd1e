import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "./paths";

type LocalSecrets = { AUTH_SECRET: string; TOKEN_ENCRYPTION_KEY: string };

/**
 * Secrets for a local run, made on first start and kept in .data/ (git-ignored), so
 * sessions and encrypted X tokens survive restarts. Production sets them in the environment.
 */
export function localSecrets(): LocalSecrets {
  const file = path.join(DATA_DIR, "local-secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
