// Chart colours as CSS variables, so every chart follows the light and dark themes of app/globals.css.
// REPORT_THEME goes on the report's root element; charts refer to the variables through CHART.
export const REPORT_THEME = [
  "[--chart-needed:oklch(0.86_0.02_260)] dark:[--chart-needed:oklch(0.42_0.025_260)]",
  "[--chart-original:oklch(0.72_0.02_260)] dark:[--chart-original:oklch(0.55_0.02_260)]",
  "[--chart-quotes:oklch(0.66_0.13_230)] dark:[--chart-quotes:oklch(0.74_0.12_230)]",
].join(" ");

export const CHART = {
  primary: "var(--primary)",
  needed: "var(--chart-needed)",
  original: "var(--chart-original)",
  link: "var(--warning)",
  replies: "var(--primary)",
  reposts: "var(--success)",
  quotes: "var(--chart-quotes)",
  good: "var(--success)",
  warn: "var(--warning)",
  axis: "var(--muted-foreground)",
  grid: "var(--border)",
} as const;

export const TOOLTIP_STYLE = {
  contentStyle: { background: "var(--card)", border: "1px solid var(--border)", borderRadius: 8, color: "var(--foreground)", fontSize: 12 },
  labelStyle: { color: "var(--muted-foreground)", marginBottom: 4 },
  cursor: { fill: "var(--muted)", opacity: 0.6 },
} as const;

export type SeriesFormat = "count" | "percent" | "compact";
