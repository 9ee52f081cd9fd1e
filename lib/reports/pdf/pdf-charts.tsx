import { G, Line, Polyline, Rect, Svg, Text as SvgText } from "@react-pdf/renderer";
import { formatCompact } from "../format";
import { COLORS, pdfText } from "./pdf-style";

// Small, honest charts drawn with react-pdf's Svg primitives: a baseline, the largest value as the
// scale, a label every few days. Enough to read the shape of a month on paper.

const AXIS = 7;
const LEFT = 26;
const BOTTOM = 12;

type Frame = { width: number; height: number; labels: readonly string[]; max: number };

function Axes({ width, height, labels, max }: Frame) {
  const plotHeight = height - BOTTOM;
  const step = (width - LEFT) / Math.max(1, labels.length);
  const every = labels.length > 20 ? 5 : labels.length > 10 ? 2 : 1;
  return (
    <G>
      <Line x1={LEFT} y1={plotHeight} x2={width} y2={plotHeight} stroke={COLORS.border} strokeWidth={0.8} />
      <Line x1={LEFT} y1={4} x2={width} y2={4} stroke={COLORS.border} strokeWidth={0.4} strokeDasharray="2 2" />
      <SvgText x={LEFT - 3} y={7} style={{ fontSize: AXIS, textAnchor: "end" }} fill={COLORS.muted}>
        {formatCompact(max)}
      </SvgText>
      <SvgText x={LEFT - 3} y={plotHeight} style={{ fontSize: AXIS, textAnchor: "end" }} fill={COLORS.muted}>
        0
      </SvgText>
      {labels.map((label, i) =>
        i % every === 0 ? (
          <SvgText key={i} x={LEFT + step * (i + 0.5)} y={height - 2} style={{ fontSize: AXIS, textAnchor: "middle" }} fill={COLORS.muted}>
            {label}
          </SvgText>
        ) : null,
      )}
    </G>
  );
}

export type BarSeries = { key: string; color: string; values: readonly number[] };

/** Bars per day; with `overlay`, later series are drawn over earlier ones (e.g. answered over needed). */
export function DailyBars({ width, height, labels, series, stacked = false }: { width: number; height: number; labels: readonly string[]; series: readonly BarSeries[]; stacked?: boolean }) {
  const totals = labels.map((_, i) => (stacked ? series.reduce((s, x) => s + (x.values[i] ?? 0), 0) : Math.max(0, ...series.map((x) => x.values[i] ?? 0))));
  const max = Math.max(1, ...totals);
  const plotHeight = height - BOTTOM - 4;
  const step = (width - LEFT) / Math.max(1, labels.length);
  const barWidth = Math.max(1.5, step * 0.7);
  const y = (v: number) => (v / max) * plotHeight;
  return (
    <Svg width={width} height={height}>
      <Axes width={width} height={height} labels={labels} max={max} />
      {labels.map((_, i) => {
        let base = 0;
        return (
          <G key={i}>
            {series.map((s) => {
              const value = s.values[i] ?? 0;
              const h = y(value);
              const top = height - BOTTOM - (stacked ? base : 0) - h;
              if (stacked) base += h;
              return value > 0 ? <Rect key={s.key} x={LEFT + step * i + (step - barWidth) / 2} y={top} width={barWidth} height={h} fill={s.color} /> : null;
            })}
          </G>
        );
      })}
    </Svg>
  );
}

/** One line over the days; nulls break nothing, they are skipped. `percent` scales 0..1 to 0..100%. */
export function DailyLine({ width, height, labels, values, color, percent = false }: { width: number; height: number; labels: readonly string[]; values: readonly (number | null)[]; color: string; percent?: boolean }) {
  const present = values.filter((v): v is number => v !== null);
  const top = percent ? 1 : Math.max(1, ...present);
  const bottom = percent ? 0 : Math.min(top, ...present);
  const span = top - bottom || 1;
  const plotHeight = height - BOTTOM - 4;
  const step = (width - LEFT) / Math.max(1, labels.length);
  const points = values
    .map((v, i) => (v === null ? null : `${(LEFT + step * (i + 0.5)).toFixed(1)},${(height - BOTTOM - ((v - bottom) / span) * plotHeight).toFixed(1)}`))
    .filter((p): p is string => p !== null)
    .join(" ");
  return (
    <Svg width={width} height={height}>
      <Line x1={LEFT} y1={height - BOTTOM} x2={width} y2={height - BOTTOM} stroke={COLORS.border} strokeWidth={0.8} />
      <SvgText x={LEFT - 3} y={7} style={{ fontSize: AXIS, textAnchor: "end" }} fill={COLORS.muted}>
        {percent ? "100%" : formatCompact(top)}
      </SvgText>
      <SvgText x={LEFT - 3} y={height - BOTTOM} style={{ fontSize: AXIS, textAnchor: "end" }} fill={COLORS.muted}>
        {percent ? "0%" : formatCompact(bottom)}
      </SvgText>
      {percent && <Line x1={LEFT} y1={height - BOTTOM - 0.5 * plotHeight} x2={width} y2={height - BOTTOM - 0.5 * plotHeight} stroke={COLORS.good} strokeWidth={0.5} strokeDasharray="3 2" />}
      {labels.map((label, i) =>
        i % (labels.length > 20 ? 5 : 2) === 0 ? (
          <SvgText key={i} x={LEFT + step * (i + 0.5)} y={height - 2} style={{ fontSize: AXIS, textAnchor: "middle" }} fill={COLORS.muted}>
            {label}
          </SvgText>
        ) : null,
      )}
      {points && <Polyline points={points} stroke={color} strokeWidth={1.6} fill="none" />}
    </Svg>
  );
}

/** Labelled horizontal bars (the first-response distribution). */
export function HorizontalBars({ width, rows }: { width: number; rows: readonly { label: string; value: number; color: string }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const labelWidth = 62;
  const valueWidth = 40;
  const rowHeight = 13;
  const plot = width - labelWidth - valueWidth;
  return (
    <Svg width={width} height={rows.length * rowHeight}>
      {rows.map((row, i) => (
        <G key={row.label}>
          <SvgText x={0} y={i * rowHeight + 9} style={{ fontSize: 7.5 }} fill={COLORS.text}>
            {pdfText(row.label)}
          </SvgText>
          <Rect x={labelWidth} y={i * rowHeight + 2} width={Math.max(row.value > 0 ? 1.5 : 0, (row.value / max) * plot)} height={8} fill={row.color} />
          <SvgText x={width} y={i * rowHeight + 9} style={{ fontSize: 7.5, textAnchor: "end" }} fill={COLORS.muted}>
            {formatCompact(row.value)}
          </SvgText>
        </G>
      ))}
    </Svg>
  );
}

/** One bar split by share (the mix of own posts). */
export function ShareBar({ width, parts }: { width: number; parts: readonly { key: string; value: number; color: string }[] }) {
  const total = parts.reduce((s, p) => s + p.value, 0);
  let x = 0;
  return (
    <Svg width={width} height={12}>
      <Rect x={0} y={0} width={width} height={12} fill={COLORS.panel} />
      {total > 0 &&
        parts.map((part) => {
          const w = (part.value / total) * width;
          const rect = <Rect key={part.key} x={x} y={0} width={w} height={12} fill={part.color} />;
          x += w;
          return rect;
        })}
    </Svg>
  );
}
