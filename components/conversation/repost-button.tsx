"use client";

import { Repeat2 } from "lucide-react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action-result";

/** Reposts (retweets) the post as the client's account. There is no like button: X removed liking from self-serve API plans. */
export function RepostButton({ postId, reposted, action }: { postId: string; reposted: boolean; action: (postId: string) => Promise<ActionResult<{ reposted: boolean }>> }) {
  const [done, setDone] = useState(reposted);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="ghost"
        size="sm"
        disabled={done || pending}
        className={done ? "text-success" : undefined}
        onClick={() =>
          start(async () => {
            const result = await action(postId);
            if (result.ok) {
              setDone(true);
              setError(null);
            } else setError(result.error);
          })
        }
      >
        <Repeat2 aria-hidden /> {done ? "Reposted" : pending ? "Reposting…" : "Repost"}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-danger">
          {error}
        </span>
      )}
    </span>
  );
}
