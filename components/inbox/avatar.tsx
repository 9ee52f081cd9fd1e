import { cn } from "@/lib/utils/cn";
import { initials } from "./format";

/**
 * Initials, with the picture laid over them: when the picture cannot load (offline, a deleted account) the
 * layer stays transparent and the initials show, with no broken-image icon and no layout shift.
 */
export function Avatar({ name, url, className }: { name: string; url?: string | null; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn("relative flex size-8 shrink-0 items-center justify-center overflow-hidden rounded-full bg-muted text-[11px] font-semibold text-muted-foreground", className)}
    >
      {initials(name)}
      {url ? <span className="absolute inset-0 bg-cover bg-center" style={{ backgroundImage: `url(${JSON.stringify(url)})` }} /> : null}
    </span>
  );
}
