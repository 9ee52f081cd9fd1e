"use client";

import { TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

/** The inbox could not be read: nothing was changed, and trying again usually works. */
export function InboxError({ reference }: { reference: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <div role="alert" data-testid="inbox-error" className="flex flex-col items-center gap-2 rounded-lg border border-dashed px-6 py-20 text-center">
      <TriangleAlert className="size-6 text-danger" aria-hidden />
      <h2 className="text-base font-semibold">The inbox could not be loaded</h2>
      <p className="max-w-sm text-sm text-muted-foreground">Nothing was changed. Try again in a moment; if it keeps happening, tell us reference {reference}.</p>
      <button type="button" disabled={pending} onClick={() => start(() => router.refresh())} className="mt-1 rounded-md border border-input px-3 py-1.5 text-sm hover:bg-muted disabled:opacity-50">
        {pending ? "Trying…" : "Try again"}
      </button>
    </div>
  );
}
