export { db, type Db, type DbClient } from "./client";
export * from "./generated/enums";
export { Prisma } from "./generated/client";
