import type { ApiResponse } from './context';

interface Entry {
  payload: Buffer;
  billing: ApiResponse['billing'];
}

const MAX_ENTRIES = 64;

/**
 * Read answers are a pure function of (request, viewer, world version, clock second): metrics move in
 * one-second steps and every change to the world bumps its version. Identical reads within that window
 * reuse the encoded bytes; rate limits, faults and the request log still see every call.
 */
export class ResponseCache {
  private entries = new Map<string, Entry>();

  get(key: string): Entry | undefined {
    return this.entries.get(key);
  }

  /** Keeps the most recent answers; the oldest goes first (pages are large, so the cache stays small). */
  set(key: string, entry: Entry): void {
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, entry);
  }

  clear(): void {
    this.entries.clear();
  }
}
