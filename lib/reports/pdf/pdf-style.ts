import { StyleSheet } from "@react-pdf/renderer";

// The PDF uses the built-in Helvetica: nothing to embed, so it renders fast and small. (Inter's
// variable woff2 is refused by react-pdf's font subsetter.)
export const COLORS = {
  text: "#1e293b",
  muted: "#64748b",
  faint: "#94a3b8",
  border: "#e2e8f0",
  panel: "#f8fafc",
  primary: "#4f46e5",
  primarySoft: "#e0e7ff",
  good: "#15803d",
  goodSoft: "#dcfce7",
  warn: "#b45309",
  warnSoft: "#fef3c7",
  bad: "#b91c1c",
  badSoft: "#fee2e2",
  inbound: "#cbd5e1",
  answered: "#4f46e5",
  original: "#94a3b8",
  link: "#f59e0b",
  replies: "#4f46e5",
  reposts: "#10b981",
  quotes: "#0ea5e9",
} as const;

export const PAGE_WIDTH = 595.28;
export const MARGIN = 36;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

export const styles = StyleSheet.create({
  // No lineHeight here: on a page it silently drops every text drawn by a render prop (the page numbers).
  page: { paddingTop: 36, paddingBottom: 48, paddingHorizontal: MARGIN, fontFamily: "Helvetica", fontSize: 9, color: COLORS.text },
  prose: { fontSize: 9, lineHeight: 1.35 },
  smallProse: { fontSize: 7.5, lineHeight: 1.35, color: COLORS.muted },
  footer: { position: "absolute", bottom: 20, left: MARGIN, width: PAGE_WIDTH - 2 * MARGIN, fontSize: 7.5, color: COLORS.faint },
  h1: { fontFamily: "Helvetica-Bold", fontSize: 20 },
  h2: { fontFamily: "Helvetica-Bold", fontSize: 12, marginBottom: 6 },
  small: { fontSize: 7.5, color: COLORS.muted },
  muted: { color: COLORS.muted },
  bold: { fontFamily: "Helvetica-Bold" },
  section: { marginTop: 16 },
  row: { flexDirection: "row" },
  panel: { borderWidth: 1, borderColor: COLORS.border, borderRadius: 4, padding: 10 },
  tableHead: { flexDirection: "row", borderBottomWidth: 1, borderColor: COLORS.border, paddingBottom: 3, marginBottom: 2, fontSize: 7.5, color: COLORS.muted },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: COLORS.border, paddingVertical: 3 },
});

// Helvetica speaks WinAnsi only: map the few typographic characters we use and drop the rest
// (emoji, other scripts) rather than print garbage.
const REPLACEMENTS: Record<string, string> = { "≤": "<=", "≥": ">=", "−": "-", "→": "->", "×": "x", "÷": "/" };
const WIN_ANSI_EXTRA = new Set([..."€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"]);

export function pdfText(text: string): string {
  let out = "";
  for (const char of text) {
    const mapped = REPLACEMENTS[char];
    if (mapped !== undefined) out += mapped;
    else if (char === "\n" || (char >= " " && char <= "ÿ" && !(char >= "\u007f" && char <= "\u009f")) || WIN_ANSI_EXTRA.has(char)) out += char;
  }
  return out.replace(/\s{2,}/g, " ").trim();
}
