import { db, type DbClient } from "@/lib/db";

/** Runs `work` in the caller's transaction when given one, else in a new one: use cases compose either way. */
export function inTransaction<T>(tx: DbClient | undefined, work: (tx: DbClient) => Promise<T>): Promise<T> {
  return tx ? work(tx) : db.$transaction(work);
}
