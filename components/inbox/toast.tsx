"use client";

import { useEffect } from "react";
import { cn } from "@/lib/utils/cn";

export type ToastState = { message: string; tone?: "danger"; undo?: () => void };

/** One quiet line at the bottom: what just happened, and Undo (z) when it can be undone. */
export function Toast({ toast, onDismiss }: { toast: ToastState | null; onDismiss: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, toast.tone === "danger" ? 10_000 : 6_000);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-30 flex justify-center px-4" aria-live={toast?.tone === "danger" ? "assertive" : "polite"}>
      {toast && (
        <div
          role={toast.tone === "danger" ? "alert" : "status"}
          data-testid="inbox-toast"
          className={cn(
            "pointer-events-auto flex items-center gap-3 rounded-md px-3 py-2 text-sm shadow-lg",
            toast.tone === "danger" ? "bg-danger text-white" : "bg-foreground text-background",
          )}
        >
          <span>{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              onClick={() => {
                toast.undo?.();
                onDismiss();
              }}
              className="font-medium underline underline-offset-2"
            >
              Undo <kbd className="font-mono text-[11px] opacity-70">z</kbd>
            </button>
          )}
        </div>
      )}
    </div>
  );
}
