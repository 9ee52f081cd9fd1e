"use client";

import { X } from "lucide-react";
import { Dialog } from "radix-ui";
import type { ReactNode } from "react";

/**
 * The inbox's modal surface (pickers, shortcuts): Radix traps focus, closes on Escape and gives focus
 * back to where it came from (the current row), so the keyboard flow never gets lost.
 */
export function InboxDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  wide = false,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-foreground/20 backdrop-blur-[1px] dark:bg-black/50" />
        <Dialog.Content
          className={`fixed left-1/2 top-[12vh] z-50 w-[calc(100vw-2rem)] -translate-x-1/2 rounded-lg border bg-card shadow-xl outline-none ${wide ? "max-w-3xl" : "max-w-sm"}`}
          data-testid="inbox-dialog"
          // The conversation page's Esc (back to the inbox) waits while a dialog is open.
          data-escape-layer
        >
          <div className="flex items-start justify-between gap-4 border-b px-4 py-3">
            <div>
              <Dialog.Title className="text-sm font-semibold">{title}</Dialog.Title>
              {description ? <Dialog.Description className="mt-0.5 text-xs text-muted-foreground">{description}</Dialog.Description> : <Dialog.Description className="sr-only">{title}</Dialog.Description>}
            </div>
            <Dialog.Close className="rounded p-1 text-muted-foreground hover:bg-muted hover:text-foreground" aria-label="Close">
              <X className="size-4" aria-hidden />
            </Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
