"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatCount, formatDay, formatPercent } from "@/lib/reports/format";
import { CHART, TOOLTIP_STYLE } from "../chart-theme";

type Point = { date: string; label: string } & Record<string, number | string | null>;

/** One line over the days: the interaction ratio trend (as shares, with the 50% line) or followers. */
export function DailyLineChart({
  data,
  dataKey,
  name,
  color,
  format,
  title,
  description,
  reference,
  height = 220,
}: {
  data: Point[];
  dataKey: string;
  name: string;
  color: "primary" | "good";
  format: "percent" | "count";
  title: string;
  description: string;
  reference?: { value: number; label: string };
  height?: number;
}) {
  const tick = (v: number) => (format === "percent" ? formatPercent(v) : formatCompact(v));
  return (
    <LineChart responsive style={{ width: "100%", height }} data={data} title={title} desc={description} margin={{ top: 8, right: 12, bottom: 0, left: -4 }}>
      <CartesianGrid vertical={false} stroke={CHART.grid} />
      <XAxis dataKey="label" tick={{ fill: CHART.axis, fontSize: 12 }} tickLine={false} axisLine={{ stroke: CHART.grid }} interval="equidistantPreserveStart" />
      <YAxis
        tick={{ fill: CHART.axis, fontSize: 12 }}
        tickLine={false}
        axisLine={false}
        width={52}
        domain={format === "percent" ? [0, 1] : ["auto", "auto"]}
        tickFormatter={tick}
      />
      <Tooltip
        {...TOOLTIP_STYLE}
        cursor={{ stroke: CHART.grid }}
        labelFormatter={(_, payload) => formatDay(String(payload?.[0]?.payload?.date ?? ""))}
        formatter={(value) => (typeof value === "number" ? (format === "percent" ? formatPercent(value) : formatCount(value)) : "—")}
      />
      {reference && <ReferenceLine y={reference.value} stroke={CHART.good} strokeDasharray="4 4" label={{ value: reference.label, fill: CHART.axis, fontSize: 11, position: "insideTopLeft" }} />}
      <Line type="monotone" dataKey={dataKey} name={name} stroke={CHART[color]} strokeWidth={2.5} dot={false} connectNulls isAnimationActive={false} />
    </LineChart>
  );
}
