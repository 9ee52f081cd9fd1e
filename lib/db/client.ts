import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// The one Prisma client. Secrets are omitted from every query unless a caller opts in
// with `omit: { field: false }` — only lib/auth (password) and lib/x (tokens) do.
function createClient() {
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 10 });
  return new PrismaClient({
    adapter,
    omit: {
      user: { passwordHash: true },
      xAccount: { accessTokenEnc: true, refreshTokenEnc: true },
      oAuthAttempt: { codeVerifierEnc: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
/** A transaction client or the root client: domain functions accept either. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// Dev servers re-evaluate modules on every edit; keep one client per process.
const globalForDb = globalThis as unknown as { rapportDb?: Db };
export const db: Db = globalForDb.rapportDb ?? createClient();
globalForDb.rapportDb = db;
