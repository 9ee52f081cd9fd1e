import { describe, expect, it } from "vitest";
import { DAY_MS, listOffsetPieces, offsetAt } from "./list-offset-pieces";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const at = (iso: string): number => Date.parse(iso);
const dayOf = (iso: string): number => Math.floor(at(iso) / DAY_MS);

describe("offsetAt", () => {
  it("follows DST in London and New York", () => {
    expect(offsetAt("Europe/London", at("2025-01-15T12:00:00Z"))).toBe(0);
    expect(offsetAt("Europe/London", at("2025-07-15T12:00:00Z"))).toBe(HOUR);
    expect(offsetAt("America/New_York", at("2025-01-15T12:00:00Z"))).toBe(-5 * HOUR);
    expect(offsetAt("America/New_York", at("2025-07-15T12:00:00Z"))).toBe(-4 * HOUR);
  });

  it("handles offsets that are not whole hours", () => {
    expect(offsetAt("Asia/Kolkata", at("2025-01-15T12:00:00Z"))).toBe(5 * HOUR + 30 * MINUTE);
    expect(offsetAt("Asia/Kathmandu", at("2025-01-15T12:00:00Z"))).toBe(5 * HOUR + 45 * MINUTE);
    expect(offsetAt("Pacific/Chatham", at("2025-06-15T12:00:00Z"))).toBe(12 * HOUR + 45 * MINUTE);
    expect(offsetAt("Pacific/Chatham", at("2025-12-15T12:00:00Z"))).toBe(13 * HOUR + 45 * MINUTE);
  });

  it("keeps the seconds of local mean time and ignores milliseconds of the instant", () => {
    expect(offsetAt("Europe/London", at("1800-01-01T00:00:00Z"))).toBe(-75_000);
    expect(offsetAt("Asia/Kolkata", at("2025-01-15T12:00:00.999Z"))).toBe(5.5 * HOUR);
  });

  it("throws for an unknown zone", () => {
    expect(() => offsetAt("Mars/Olympus_Mons", 0)).toThrow(RangeError);
  });
});

describe("listOffsetPieces", () => {
  const piecesOfDay = (zone: string, day: number) => [...listOffsetPieces(zone, day * DAY_MS, (day + 1) * DAY_MS)];

  it("returns one piece for a day without a change", () => {
    const day = dayOf("2025-06-02T00:00:00Z");
    expect(piecesOfDay("Europe/London", day)).toEqual([{ start: day * DAY_MS, end: (day + 1) * DAY_MS, offset: HOUR }]);
  });

  it.each([
    ["Europe/London", "2025-03-30T00:00:00Z", "2025-03-30T01:00:00Z", 0, HOUR],
    ["Europe/London", "2025-10-26T00:00:00Z", "2025-10-26T01:00:00Z", HOUR, 0],
    ["America/New_York", "2025-03-09T00:00:00Z", "2025-03-09T07:00:00Z", -5 * HOUR, -4 * HOUR],
    ["America/New_York", "2025-11-02T00:00:00Z", "2025-11-02T06:00:00Z", -4 * HOUR, -5 * HOUR],
    ["Pacific/Chatham", "2025-04-05T00:00:00Z", "2025-04-05T14:00:00Z", 825 * MINUTE, 765 * MINUTE],
    ["Australia/Lord_Howe", "2025-04-05T00:00:00Z", "2025-04-05T15:00:00Z", 11 * HOUR, 10.5 * HOUR],
    // Samoa skipped Friday 30 December 2011 entirely, moving across the date line.
    ["Pacific/Apia", "2011-12-30T00:00:00Z", "2011-12-30T10:00:00Z", -10 * HOUR, 14 * HOUR],
    // London's switch from local mean time to GMT happened 75 seconds into the UTC day.
    ["Europe/London", "1847-12-01T00:00:00Z", "1847-12-01T00:01:15Z", -75_000, 0],
  ])("cuts %s on %s at the exact instant of the change", (zone, dayIso, changeIso, before, after) => {
    const day = dayOf(dayIso);
    expect(piecesOfDay(zone, day)).toEqual([
      { start: day * DAY_MS, end: at(changeIso), offset: before },
      { start: at(changeIso), end: (day + 1) * DAY_MS, offset: after },
    ]);
  });

  it("finds both changes of Brazil's one-week DST in October 2000", () => {
    const pieces = [...listOffsetPieces("America/Noronha", at("2000-10-01T00:00:00Z"), at("2000-10-25T00:00:00Z"))];
    const changes = pieces.filter((piece, i) => i > 0 && piece.offset !== pieces[i - 1]?.offset);
    expect(changes.map(({ start, offset }) => [new Date(start).toISOString(), offset / HOUR])).toEqual([
      ["2000-10-08T02:00:00.000Z", -1],
      ["2000-10-15T01:00:00.000Z", -2],
    ]);
  });

  it("covers the requested range without gaps, clipping the ends", () => {
    const from = at("2025-03-01T12:34:56.789Z");
    const until = at("2025-04-15T01:02:03.456Z");
    const pieces = [...listOffsetPieces("Europe/London", from, until)];
    expect(pieces[0]?.start).toBe(from);
    expect(pieces.at(-1)?.end).toBe(until);
    pieces.forEach((piece, i) => {
      expect(piece.start).toBeLessThan(piece.end);
      if (i > 0) expect(piece.start).toBe(pieces[i - 1]?.end);
    });
  });

  it("keeps going lazily when the range has no end", () => {
    const pieces = listOffsetPieces("Asia/Kolkata", at("2025-01-01T00:00:00Z"), Number.POSITIVE_INFINITY);
    expect(pieces.next().value).toMatchObject({ start: at("2025-01-01T00:00:00Z"), offset: 5.5 * HOUR });
    expect(pieces.next().done).toBe(false);
  });
});
