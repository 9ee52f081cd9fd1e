"use client";

import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";

// No stack trace or message reaches the page: only the digest, which matches the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="flex flex-col items-center justify-center gap-3 px-4 py-24 text-center" role="alert">
      <TriangleAlert className="size-8 text-danger" aria-hidden />
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="max-w-sm text-sm text-muted-foreground">
        Nothing you saved was lost. Try again; if it keeps happening, tell us the reference below.
      </p>
      {error.digest && <p className="font-mono text-xs text-muted-foreground">Reference: {error.digest}</p>}
      <Button onClick={reset} variant="secondary">
        Try again
      </Button>
    </div>
  );
}
