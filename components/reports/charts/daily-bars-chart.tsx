"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatDay } from "@/lib/reports/format";
import { CHART, TOOLTIP_STYLE } from "../chart-theme";

export type BarSeries = { key: string; label: string; color: keyof typeof CHART };
type Point = { date: string; label: string } & Record<string, number | string | null>;

/** Stacked bars per day of the month (inbound vs answered, the post mix, engagement). */
export function DailyBarsChart({ data, series, title, description, height = 240 }: { data: Point[]; series: BarSeries[]; title: string; description: string; height?: number }) {
  return (
    <BarChart responsive style={{ width: "100%", height }} data={data} title={title} desc={description} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
      <CartesianGrid vertical={false} stroke={CHART.grid} />
      <XAxis dataKey="label" tick={{ fill: CHART.axis, fontSize: 12 }} tickLine={false} axisLine={{ stroke: CHART.grid }} interval="equidistantPreserveStart" />
      <YAxis tick={{ fill: CHART.axis, fontSize: 12 }} tickLine={false} axisLine={false} allowDecimals={false} width={44} tickFormatter={(v: number) => formatCompact(v)} />
      <Tooltip {...TOOLTIP_STYLE} labelFormatter={(_, payload) => formatDay(String(payload?.[0]?.payload?.date ?? ""))} />
      <Legend wrapperStyle={{ fontSize: 12, paddingTop: 4 }} iconType="circle" iconSize={8} itemSorter={null} formatter={(value) => <span className="text-foreground">{value}</span>} />
      {series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} stackId="day" fill={CHART[s.color]} isAnimationActive={false} radius={i === series.length - 1 ? [3, 3, 0, 0] : 0} />
      ))}
    </BarChart>
  );
}
