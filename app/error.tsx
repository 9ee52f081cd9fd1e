"use client";

import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";

/** What Next.js hands an error boundary; a Server Component's error arrives with only a digest. */
export type ErrorBoundaryProps = { error: unknown; retry: () => void };

function digestOf(error: unknown): string | undefined {
  return error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
}

// No stack trace or message reaches the page: only the digest, which matches the server log.
// "Try again" uses `retry`, which fetches the segment from the server again; `reset` would only
// re-render the payload that already failed.
export default function ErrorPage({ error, retry }: ErrorBoundaryProps) {
  const digest = digestOf(error);
  return (
    <div className="flex flex-col items-center justify-center gap-3 px-4 py-24 text-center" role="alert" data-testid="error-state">
      <TriangleAlert className="size-8 text-danger" aria-hidden />
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="max-w-sm text-sm text-muted-foreground">
        Nothing you saved was lost. Try again; if it keeps happening, tell us the reference below.
      </p>
      {digest && <p className="font-mono text-xs text-muted-foreground">Reference: {digest}</p>}
      <Button onClick={retry} variant="secondary">
        Try again
      </Button>
    </div>
  );
}
