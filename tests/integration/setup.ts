if (!process.env.DATABASE_URL) {
  throw new Error("Integration tests need a database: run them with `npm test` (it provides one), or set DATABASE_URL to a migrated test database.");
}
process.env.AUTH_SECRET ??= "integration-tests-secret-at-least-32-characters";
process.env.TOKEN_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
