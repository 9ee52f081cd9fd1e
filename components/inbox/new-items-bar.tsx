import { ArrowUp } from "lucide-react";

/** New items arrived while you were working: shown, never pushed into the list under your cursor. */
export function NewItemsBar({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <button
      type="button"
      onClick={onShow}
      data-testid="new-items"
      aria-keyshortcuts="."
      className="flex w-full items-center justify-center gap-2 rounded-md border border-primary/30 bg-accent/70 py-1.5 text-sm font-medium text-accent-foreground hover:bg-accent"
    >
      <ArrowUp className="size-3.5" aria-hidden />
      {count} new {count === 1 ? "conversation" : "conversations"}
      <kbd className="rounded border border-primary/30 px-1 font-mono text-[11px]">.</kbd>
    </button>
  );
}
