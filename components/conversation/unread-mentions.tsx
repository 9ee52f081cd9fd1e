import { AtSign } from "lucide-react";
import Link from "next/link";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import type { UnreadMention } from "@/lib/notes/list-unread-mentions";
import { timeAgo } from "./format";

/** Notes elsewhere that mention you and you have not opened yet. */
export function UnreadMentions({ mentions }: { mentions: UnreadMention[] }) {
  if (!mentions.length) return null;
  const now = new Date();
  return (
    <Card aria-labelledby="mentions-title">
      <CardHeader>
        <CardTitle id="mentions-title" className="flex items-center gap-2">
          <AtSign className="size-4" aria-hidden /> Mentioned you
          <span className="rounded-full bg-primary px-1.5 text-xs text-primary-foreground" data-testid="unread-mentions-count">
            {mentions.length}
          </span>
        </CardTitle>
      </CardHeader>
      <CardBody>
        <ul className="grid gap-2 text-sm">
          {mentions.map((m) => (
            <li key={m.noteId}>
              <Link href={`/inbox/${m.conversationId}`} className="block rounded-md p-1 hover:bg-muted">
                <span className="text-xs text-muted-foreground">
                  {m.by} · {m.clientName} · {timeAgo(m.createdAt, now)}
                </span>
                <span className="line-clamp-2">{m.excerpt}</span>
              </Link>
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
