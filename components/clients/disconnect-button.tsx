"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";

export function DisconnectButton({ username, action }: { username: string; action: () => Promise<{ ok: boolean; error?: string }> }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(`Disconnect @${username}? Rapport stops syncing it and gives its access back to X. History stays.`)) return;
          startTransition(async () => {
            const result = await action();
            setError(result.ok ? null : (result.error ?? "Could not disconnect"));
          });
        }}
      >
        {pending ? "Disconnecting…" : "Disconnect"}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-danger">
          {error}
        </span>
      )}
    </>
  );
}
