// CSV as RFC 4180 describes it (CRLF, quotes doubled), readable by spreadsheets: a UTF-8 byte-order
// mark so Excel gets names with accents right, and text that a spreadsheet would run as a formula
// (starting with = + - @) prefixed with an apostrophe — X posts are written by strangers.

export type CsvValue = string | number | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** A share as a decimal with four places (0.8234), or empty when there is nothing to divide. */
export const share = (value: number | null): CsvValue => (value === null ? null : Math.round(value * 10_000) / 10_000);

/** Seconds as minutes with one decimal. */
export const minutes = (seconds: number | null): CsvValue => (seconds === null ? null : Math.round(seconds / 6) / 10);

/** A file name part: "Northwind Coffee" → "northwind-coffee". */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "client";
}
