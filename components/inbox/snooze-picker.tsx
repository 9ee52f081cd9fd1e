"use client";

import { useState } from "react";
import { SNOOZE_LABELS, SNOOZE_PRESETS, type SnoozePreset } from "@/lib/inbox/snooze-until";
import { InboxDialog } from "./inbox-dialog";
import { OptionList } from "./option-list";

/** Until when: presets by number key (mornings are each client's own 9:00), or a date and time. */
export function SnoozePicker({
  open,
  onOpenChange,
  count,
  onSnooze,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  count: number;
  onSnooze: (when: { preset: SnoozePreset } | { until: string }) => void;
}) {
  const [query, setQuery] = useState("");
  const [custom, setCustom] = useState("");
  const q = query.trim().toLowerCase();
  const options = SNOOZE_PRESETS.map((preset, index) => ({ id: preset, label: SNOOZE_LABELS[preset], shortcut: String(index + 1) })).filter(
    (o) => !q || o.label.toLowerCase().includes(q),
  );
  return (
    <InboxDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setQuery("");
        onOpenChange(next);
      }}
      title={count > 1 ? `Snooze ${count} conversations` : "Snooze conversation"}
      description="Back in the open list when the time comes. Mornings are in each client's time zone."
    >
      <OptionList
        label="Snooze until"
        placeholder="Snooze until…"
        query={query}
        onQueryChange={setQuery}
        options={options}
        onPick={(id) => onSnooze({ preset: id as SnoozePreset })}
        footer={
          <form
            className="flex items-center gap-2 border-t px-4 py-3"
            onSubmit={(event) => {
              event.preventDefault();
              if (custom) onSnooze({ until: new Date(custom).toISOString() });
            }}
          >
            <label htmlFor="snooze-custom" className="text-xs text-muted-foreground">
              Or until
            </label>
            <input
              id="snooze-custom"
              type="datetime-local"
              value={custom}
              onChange={(event) => setCustom(event.target.value)}
              className="h-8 flex-1 rounded-md border border-input bg-card px-2 text-sm"
            />
            <button type="submit" className="h-8 rounded-md border border-input px-3 text-sm hover:bg-muted disabled:opacity-50" disabled={!custom}>
              Snooze
            </button>
          </form>
        }
      />
    </InboxDialog>
  );
}
