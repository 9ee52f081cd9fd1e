export const DAY_MS = 86_400_000;

/** A stretch of instants [start, end) over which a zone's UTC offset (local minus UTC, in ms) is constant. */
export type OffsetPiece = { readonly start: number; readonly end: number; readonly offset: number };

// Offsets are sampled at the ends of 3-day blocks and bisected only where the ends disagree. That is safe
// because no two offset changes lie closer than 7 days in the tz data from 1970 to 2050 (closest: Brazil's
// one-week DST of October 2000 and Gaza's projected 2040 Ramadan pauses), so a block never hides a change
// and its reversal. Sampling every day instead doubled the cost of a first look at a 90-day span.
const BLOCK_MS = 3 * DAY_MS;

// Intl is the only zone database available without dependencies, and building a formatter costs far more
// than using one, so each zone keeps one formatter and remembers the blocks it has already worked out.
type ZoneCache = { readonly formatter: Intl.DateTimeFormat; readonly blocks: Map<number, readonly OffsetPiece[]> };

// Bounds memory when callers sweep centuries: about 80 years per zone before its cache starts over.
const MAX_CACHED_BLOCKS = 10_000;
const zones = new Map<string, ZoneCache>();

function zoneCache(timeZone: string): ZoneCache {
  let cache = zones.get(timeZone);
  if (!cache) {
    const formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    cache = { formatter, blocks: new Map() };
    zones.set(timeZone, cache);
  }
  return cache;
}

// "3/30/2025, 01:59:59": format() is about three times faster than formatToParts(), which stays as the
// fallback should an ICU update ever change this shape.
const EN_US_DATE_TIME = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

function localFields(formatter: Intl.DateTimeFormat, ms: number): number[] {
  const match = EN_US_DATE_TIME.exec(formatter.format(ms));
  if (match) return [match[3], match[1], match[2], match[4], match[5], match[6]].map(Number);
  const parts = formatter.formatToParts(ms);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? Number.NaN);
  return [field("year"), field("month"), field("day"), field("hour"), field("minute"), field("second")];
}

/** The zone's UTC offset in ms at an instant; Intl reports whole seconds, as does the tz database. */
export function offsetAt(timeZone: string, ms: number): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  const [year = Number.NaN, month = 1, day = 1, hour = 0, minute = 0, second = 0] = localFields(
    zoneCache(timeZone).formatter,
    wholeSecond,
  );
  let local = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year < 100) {
    // Date.UTC reads years 0..99 as 1900..1999.
    const date = new Date(local);
    date.setUTCFullYear(year);
    local = date.getTime();
  }
  const offset = local - wholeSecond;
  if (Number.isNaN(offset)) throw new RangeError(`Cannot work out the UTC offset of ${timeZone} at ${ms}`);
  return offset;
}

function offsetPiecesOfBlock(timeZone: string, block: number): readonly OffsetPiece[] {
  const cache = zoneCache(timeZone);
  const cached = cache.blocks.get(block);
  if (cached) return cached;

  const blockEnd = (block + 1) * BLOCK_MS;
  const endOffset = offsetAt(timeZone, blockEnd);
  const pieces: OffsetPiece[] = [];
  let pieceStart = block * BLOCK_MS;
  let pieceOffset = offsetAt(timeZone, pieceStart);
  while (pieceOffset !== endOffset) {
    // Offsets change on whole seconds, so bisecting over seconds lands on the exact instant of the change.
    // Invariant: the offset at `low` is pieceOffset and at `high` it is not.
    let low = pieceStart;
    let high = blockEnd;
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (offsetAt(timeZone, middle) === pieceOffset) low = middle;
      else high = middle;
    }
    pieces.push({ start: pieceStart, end: high, offset: pieceOffset });
    pieceStart = high;
    pieceOffset = high === blockEnd ? endOffset : offsetAt(timeZone, high);
  }
  if (pieceStart < blockEnd) pieces.push({ start: pieceStart, end: blockEnd, offset: pieceOffset });

  if (cache.blocks.size >= MAX_CACHED_BLOCKS) cache.blocks.clear();
  cache.blocks.set(block, pieces);
  return pieces;
}

/**
 * Yields, in time order, stretches of constant offset covering [fromMs, untilMs); `untilMs` may be Infinity.
 * Neighbouring pieces may share an offset: they are cut at internal block boundaries, not only at changes.
 * Throws RangeError for a time zone Intl does not know.
 */
export function* listOffsetPieces(
  timeZone: string,
  fromMs: number,
  untilMs: number,
): Generator<OffsetPiece, void, undefined> {
  for (let block = Math.floor(fromMs / BLOCK_MS); block * BLOCK_MS < untilMs; block++) {
    for (const piece of offsetPiecesOfBlock(timeZone, block)) {
      const start = Math.max(piece.start, fromMs);
      const end = Math.min(piece.end, untilMs);
      if (start < end) yield { start, end, offset: piece.offset };
    }
  }
}
