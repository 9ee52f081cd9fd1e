"use client";

import { initials } from "./format";
import { useLive } from "./live-context";

/** Who else has this conversation open, live: "Sam is viewing", "Tess is drafting a reply". */
export function PresenceBar() {
  const { live } = useLive();
  const viewers = live?.viewers ?? [];
  if (!viewers.length) return null;
  const drafting = viewers.filter((v) => v.drafting);
  return (
    <div role="status" aria-live="polite" data-testid="collision-indicator" className="flex flex-wrap items-center gap-2 rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-sm">
      <div className="flex -space-x-2" aria-hidden>
        {viewers.map((v) => (
          <span
            key={v.userId}
            title={v.name}
            className={`flex size-7 items-center justify-center rounded-full border-2 border-card text-[0.65rem] font-semibold ${v.drafting ? "bg-warning text-white" : "bg-accent text-accent-foreground"}`}
          >
            {initials(v.name)}
          </span>
        ))}
      </div>
      <p>
        {viewers.map((v, i) => (
          <span key={v.userId}>
            {i > 0 && ", "}
            <strong className="font-medium">{v.name}</strong> is {v.drafting ? "drafting a reply" : "viewing"}
          </span>
        ))}
        {drafting.length > 0 && <span className="text-muted-foreground"> — check before you send.</span>}
      </p>
    </div>
  );
}
