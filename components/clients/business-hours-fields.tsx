"use client";

import { useState } from "react";
import type { BusinessHours, Weekday } from "@/lib/sla/business-hours";

const DAYS: { key: Weekday; label: string }[] = [
  { key: "mon", label: "Monday" },
  { key: "tue", label: "Tuesday" },
  { key: "wed", label: "Wednesday" },
  { key: "thu", label: "Thursday" },
  { key: "fri", label: "Friday" },
  { key: "sat", label: "Saturday" },
  { key: "sun", label: "Sunday" },
];

/** One opening interval per weekday; the SLA clock only runs while the client is open. */
export function BusinessHoursFields({ initial, errors }: { initial: BusinessHours; errors?: string[] }) {
  const [open, setOpen] = useState<Record<Weekday, boolean>>(() => Object.fromEntries(DAYS.map((d) => [d.key, initial[d.key].length > 0])) as Record<Weekday, boolean>);
  return (
    <fieldset className="grid gap-2" aria-describedby={errors?.length ? "hours-error" : undefined}>
      <legend className="mb-1 text-sm font-medium">Business hours (in the client&apos;s time zone)</legend>
      {DAYS.map(({ key, label }) => {
        const first = initial[key][0];
        return (
          <div key={key} className="grid grid-cols-[7rem_auto_1fr] items-center gap-3 text-sm">
            <label className="flex items-center gap-2">
              <input type="checkbox" name={`${key}_open`} checked={open[key]} onChange={(e) => setOpen((s) => ({ ...s, [key]: e.target.checked }))} />
              {label}
            </label>
            {open[key] ? (
              <span className="flex items-center gap-2">
                <input type="time" name={`${key}_start`} defaultValue={first?.start ?? "09:00"} aria-label={`${label} opens`} className="h-8 rounded-md border border-input bg-card px-2" />
                <span aria-hidden>–</span>
                <input type="time" name={`${key}_end`} defaultValue={first?.end === "24:00" ? "23:59" : (first?.end ?? "17:00")} aria-label={`${label} closes`} className="h-8 rounded-md border border-input bg-card px-2" />
              </span>
            ) : (
              <span className="text-muted-foreground">Closed</span>
            )}
            <span />
          </div>
        );
      })}
      {errors?.length ? (
        <p id="hours-error" className="text-xs font-medium text-danger" data-testid="businessHours-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
