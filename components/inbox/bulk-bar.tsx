"use client";

import { AlarmClock, Check, Hourglass, RotateCcw, Tag, UserPlus, X } from "lucide-react";
import type { ReactNode } from "react";

/** Shown while conversations are selected: the same actions as the keys, for the mouse. */
export function BulkBar({
  count,
  onDone,
  onPending,
  onReopen,
  onAssign,
  onSnooze,
  onTag,
  onClear,
}: {
  count: number;
  onDone: () => void;
  onPending: () => void;
  onReopen: () => void;
  onAssign: () => void;
  onSnooze: () => void;
  onTag: () => void;
  onClear: () => void;
}) {
  return (
    <div role="toolbar" aria-label="Selected conversations" data-testid="bulk-bar" className="flex flex-wrap items-center gap-1 rounded-md border bg-card px-2 py-1 shadow-sm">
      <span className="px-1.5 text-sm font-medium tabular-nums" aria-live="polite">
        {count} selected
      </span>
      <span className="mx-1 h-4 w-px bg-border" aria-hidden />
      <BarButton onClick={onDone} icon={<Check />} label="Done" shortcut="e" />
      <BarButton onClick={onPending} icon={<Hourglass />} label="Pending" shortcut="p" title="Waiting on the client or customer" />
      <BarButton onClick={onAssign} icon={<UserPlus />} label="Assign" shortcut="a" />
      <BarButton onClick={onSnooze} icon={<AlarmClock />} label="Snooze" shortcut="s" />
      <BarButton onClick={onTag} icon={<Tag />} label="Tag" shortcut="t" />
      <BarButton onClick={onReopen} icon={<RotateCcw />} label="Reopen" />
      <button type="button" onClick={onClear} className="ml-auto inline-flex h-7 items-center gap-1 rounded px-2 text-xs text-muted-foreground hover:bg-muted hover:text-foreground">
        <X className="size-3.5" aria-hidden /> Clear <kbd className="font-mono text-[10px]">Esc</kbd>
      </button>
    </div>
  );
}

function BarButton({ onClick, icon, label, shortcut, title }: { onClick: () => void; icon: ReactNode; label: string; shortcut?: string; title?: string }) {
  return (
    <button
      type="button"
      onClick={onClick}
      title={title}
      aria-keyshortcuts={shortcut}
      className="inline-flex h-7 items-center gap-1.5 rounded px-2 text-sm hover:bg-muted [&_svg]:size-3.5 [&_svg]:text-muted-foreground"
    >
      {icon}
      {label}
      {shortcut && <kbd className="font-mono text-[10px] text-muted-foreground">{shortcut}</kbd>}
    </button>
  );
}
