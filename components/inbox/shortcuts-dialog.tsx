"use client";

import { InboxDialog } from "./inbox-dialog";
import { SHORTCUTS, type Shortcut } from "./shortcuts";

/** The `?` dialog: every shortcut of a page, in groups (in the order they first appear). */
export function ShortcutsDialog({
  open,
  onOpenChange,
  shortcuts = SHORTCUTS,
  description = "Actions apply to the selection, or else to the current conversation.",
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  shortcuts?: Shortcut[];
  description?: string;
}) {
  const groups = [...new Set(shortcuts.map((s) => s.group))];
  return (
    <InboxDialog open={open} onOpenChange={onOpenChange} title="Keyboard shortcuts" description={description} wide>
      <div className="grid gap-6 p-4 sm:grid-cols-3" data-testid="shortcuts">
        {groups.map((group) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`} className="mb-2 text-xs font-medium uppercase tracking-wide text-muted-foreground">
              {group}
            </h3>
            <dl className="grid gap-1.5 text-sm">
              {shortcuts
                .filter((s) => s.group === group)
                .map((shortcut) => (
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
