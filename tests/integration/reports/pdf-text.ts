import { inflateSync } from "node:zlib";

/**
 * The text a PDF draws on its pages, one line per text-showing operator, read from its Flate-compressed
 * content streams (the document info, where /Title lives, is not a stream, so it is not included).
 * Enough for the report's PDF: react-pdf draws the built-in Helvetica with WinAnsi bytes in hex strings,
 * `[<48656c6c6f> -20 <2c>] TJ` and `<..> Tj`, so each string is its characters (Latin-1 for our text).
 */
export function pdfPageText(pdf: Uint8Array): string {
  const bytes = Buffer.from(pdf);
  const raw = bytes.toString("latin1");
  const lines: string[] = [];
  for (const match of raw.matchAll(/\bstream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf("endstream", start);
    let content: string;
    try {
      content = inflateSync(bytes.subarray(start, end)).toString("latin1");
    } catch {
      continue; // not Flate-compressed: no page content of react-pdf's
    }
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|\([^)]*\)|[\s\d.+-])*)\]\s*TJ|(<[0-9a-fA-F]*>|\([^)]*\))\s*Tj/g)) {
      const strings = (op[1] ?? op[2] ?? "").match(/<[0-9a-fA-F]*>|\([^)]*\)/g) ?? [];
      lines.push(strings.map((s) => (s.startsWith("<") ? Buffer.from(s.slice(1, -1), "hex").toString("latin1") : s.slice(1, -1))).join(""));
    }
  }
  return lines.join("\n");
}
