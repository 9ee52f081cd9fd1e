"use client";

import { MAX_REPLY_WEIGHT, type ReplyLength } from "@/lib/replies/weighted-length";
import { cn } from "@/lib/utils/cn";

/** Announced only when it matters (near or over the limit), so screen readers are not told every keystroke. */
function announcement(length: ReplyLength): string {
  if (length.remaining < 0) return `${-length.remaining} characters over X's limit`;
  if (length.remaining <= 20) return `${length.remaining} characters left`;
  return "";
}

/** X's weighted count (URLs 23, emoji and CJK 2) as a ring and a number. */
export function ReplyCounter({ length, id }: { length: ReplyLength; id: string }) {
  const used = Math.min(1, length.weighted / MAX_REPLY_WEIGHT);
  const tone = length.remaining < 0 ? "text-danger" : length.remaining <= 20 ? "text-warning" : "text-muted-foreground";
  const r = 9;
  const circumference = 2 * Math.PI * r;
  return (
    <div className={cn("flex items-center gap-1.5 text-xs tabular-nums", tone)}>
      <svg viewBox="0 0 24 24" className="size-5 -rotate-90" aria-hidden>
        <circle cx="12" cy="12" r={r} fill="none" stroke="currentColor" strokeOpacity={0.2} strokeWidth="3" />
        <circle cx="12" cy="12" r={r} fill="none" stroke="currentColor" strokeWidth="3" strokeDasharray={circumference} strokeDashoffset={circumference * (1 - used)} strokeLinecap="round" />
      </svg>
      <span id={id} data-testid="reply-counter" title="X's weighted count: links count 23, emoji and CJK characters 2">
        {length.weighted} / {MAX_REPLY_WEIGHT}
      </span>
      <span className="sr-only" role="status" aria-live="polite">
        {announcement(length)}
      </span>
    </div>
  );
}
