import { AtSign } from "lucide-react";
import Link from "next/link";
import type { UnreadMention } from "@/lib/notes/list-unread-mentions";
import { age, exactTime } from "./format";

/**
 * Notes where a teammate @mentioned you and you have not opened the conversation since: one quiet line above
 * the list, each a link to its conversation (opening it reads the mention, and it leaves this strip).
 */
export function MentionsStrip({ mentions, now }: { mentions: UnreadMention[]; now: Date }) {
  if (mentions.length === 0) return null;
  return (
    <nav aria-label="Mentioned you" data-testid="inbox-mentions" className="flex min-w-0 items-center gap-2 overflow-x-auto rounded-lg border border-primary/30 bg-accent/40 px-3 py-2 text-sm">
      <span className="inline-flex shrink-0 items-center gap-1.5 font-medium">
        <AtSign className="size-4 text-primary" aria-hidden /> Mentioned you
        <span className="rounded-full bg-primary px-1.5 text-xs text-primary-foreground tabular-nums">{mentions.length}</span>
      </span>
      <ul className="flex min-w-0 gap-2">
        {mentions.map((m) => {
          const at = m.createdAt.toISOString();
          return (
            <li key={m.noteId} className="min-w-0">
              <Link
                href={`/inbox/${m.conversationId}`}
                className="flex max-w-80 items-baseline gap-1.5 rounded-md border bg-card px-2 py-1 hover:border-primary"
                title={`${m.by} in ${m.clientName}, ${exactTime(at)}: ${m.excerpt}`}
              >
                <span className="shrink-0 font-medium">{m.by}</span>
                <span className="truncate text-muted-foreground">{m.excerpt}</span>
                <span className="shrink-0 text-xs text-muted-foreground">{age(at, now)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
