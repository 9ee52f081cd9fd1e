"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount } from "@/lib/reports/format";
import { CHART, TOOLTIP_STYLE } from "../chart-theme";

type Bucket = { label: string; count: number; withinTarget: boolean };

/** First answers per response-time bucket; buckets within the SLA target in green, slower in amber. */
export function DistributionChart({ data, title, description }: { data: Bucket[]; title: string; description: string }) {
  return (
    <BarChart responsive layout="vertical" style={{ width: "100%", height: 240 }} data={data} title={title} desc={description} margin={{ top: 4, right: 48, bottom: 0, left: 4 }}>
      <CartesianGrid horizontal={false} stroke={CHART.grid} />
      <XAxis type="number" hide allowDecimals={false} />
      <YAxis type="category" dataKey="label" tick={{ fill: CHART.axis, fontSize: 12 }} tickLine={false} axisLine={false} width={84} />
      <Tooltip {...TOOLTIP_STYLE} formatter={(value) => [formatCount(Number(value)), "First answers"]} />
      <Bar dataKey="count" name="First answers" isAnimationActive={false} radius={[0, 3, 3, 0]}>
        {data.map((bucket) => (
          <Cell key={bucket.label} fill={bucket.withinTarget ? CHART.good : CHART.warn} />
        ))}
        <LabelList dataKey="count" position="right" formatter={(v: unknown) => formatCount(Number(v))} style={{ fill: "var(--foreground)", fontSize: 12 }} />
      </Bar>
    </BarChart>
  );
}
