import { randomFillSync } from "node:crypto";

// Random bits drawn 4 KiB at a time: bulk ingest makes hundreds of ids per page.
const pool = Buffer.alloc(4096);
let offset = pool.length;

/** A UUIDv7 (time-ordered), as Prisma's uuid(7) makes them, for rows written by raw SQL. */
export function uuid7(now = Date.now()): string {
  if (offset + 10 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(now, 0, 6);
  pool.copy(bytes, 6, offset, offset + 10);
  offset += 10;
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
