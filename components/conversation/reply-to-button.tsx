"use client";

import { Reply } from "lucide-react";
import { Button } from "@/components/ui/button";
import { COMPOSER_ID } from "./conversation-keys";
import { useLive } from "./live-context";

/** Points the composer at this post and moves focus there. */
export function ReplyToButton({ xId, author }: { xId: string; author: string }) {
  const { replyTo, setReplyTo } = useLive();
  const active = replyTo === xId;
  return (
    <Button
      type="button"
      variant="ghost"
      size="sm"
      aria-pressed={active}
      className={active ? "text-primary" : undefined}
      onClick={() => {
        setReplyTo(xId);
        document.getElementById(COMPOSER_ID)?.focus();
      }}
    >
      <Reply aria-hidden /> {active ? "Replying to this" : `Reply to @${author}`}
    </Button>
  );
}
