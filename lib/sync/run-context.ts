import type { SyncStream } from "@/lib/x-accounts";
import type { Cursor, CursorUpdate } from "./cursors";
import type { SyncAccount } from "./sync-account-context";
import type { SyncOptions } from "./sync-options";
import type { XSession } from "./x-session";

/** What one locked run of one account shares between its streams. */
export type RunContext = {
  account: SyncAccount;
  session: XSession;
  options: SyncOptions;
  cursors: Map<SyncStream, Cursor>;
  overBudget: boolean;
  startedAt: Date;
  signal?: AbortSignal;
  /** Inbound items that arrived without their parent (X conversation id → parent id): thread-fetch candidates. */
  missingParents: Map<string, string>;
};

/** A stream's successful run: what to store in its cursor (the caller adds nextRunAt pacing and errors). */
export type StreamSuccess = {
  newItems: number;
  update: Omit<CursorUpdate, "consecutiveErr" | "lastError">;
};

export class SyncAbortedError extends Error {
  constructor() {
    super("sync stopped: the worker is shutting down");
    this.name = "SyncAbortedError";
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SyncAbortedError();
}
