"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

export type MonthOption = { value: string; label: string; href: string };

/** Jumps to another month's report. Previous/next links beside it work without JavaScript. */
export function MonthPicker({ options, value }: { options: MonthOption[]; value: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="inline-flex items-center gap-2 text-sm">
      <span className="sr-only">Report month</span>
      <select
        className="h-9 rounded-md border border-input bg-card px-2 text-sm shadow-xs disabled:opacity-60"
        value={value}
        disabled={pending}
        aria-busy={pending}
        onChange={(event) => {
          const next = options.find((o) => o.value === event.target.value);
          if (next) startTransition(() => router.push(next.href));
        }}
        data-testid="month-picker"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
