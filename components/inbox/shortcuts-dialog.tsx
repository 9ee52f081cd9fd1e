"use client";

import { InboxDialog } from "./inbox-dialog";
import { SHORTCUTS } from "./shortcuts";

export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const groups = ["Move", "Act", "Find"] as const;
  return (
    <InboxDialog open={open} onOpenChange={onOpenChange} title="Keyboard shortcuts" description="Actions apply to the selection, or else to the current conversation." wide>
      <div className="grid gap-6 p-4 sm:grid-cols-3" data-testid="shortcuts">
        {groups.map((group) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`} className="mb-2 text-xs font-medium uppercase tracking-wide text-muted-foreground">
              {group}
            </h3>
            <dl className="grid gap-1.5 text-sm">
              {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
                <div key={shortcut.label} className="flex items-center justify-between gap-3">
                  <dt className="text-foreground/90">{shortcut.label}</dt>
                  <dd className="flex shrink-0 gap-1">
                    {shortcut.keys.map((key) => (
                      <kbd key={key} className="min-w-5 rounded border bg-muted px-1.5 text-center font-mono text-[11px] leading-5 text-muted-foreground">
                        {key}
                      </kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </InboxDialog>
  );
}
