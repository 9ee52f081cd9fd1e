import { BadgeCheck, History } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import type { AuthorHistory } from "@/lib/conversations/get-author-history";
import { compactNumber, initials, timeAgo } from "./format";

const OUTCOME_TONE: Record<string, "success" | "neutral" | "warning"> = {
  "Answered and closed": "success",
  "Closed without a reply": "neutral",
};

/** Who the person is, and how their earlier conversations with this client went. */
export function AuthorPanel({ history, clientName }: { history: AuthorHistory; clientName: string }) {
  const { profile, past, totalConversations } = history;
  const now = new Date();
  return (
    <Card aria-labelledby="author-title">
      <CardHeader>
        <CardTitle id="author-title">Author</CardTitle>
      </CardHeader>
      <CardBody className="grid gap-4 text-sm">
        {profile ? (
          <div className="flex gap-3">
            <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-muted text-xs font-semibold">
              {initials(profile.name)}
            </span>
            <div className="min-w-0">
              <p className="flex items-center gap-1 font-medium">
                {profile.name} {profile.verified && <BadgeCheck className="size-4 text-primary" aria-label="Verified" />}
              </p>
              <p className="text-muted-foreground">@{profile.username}</p>
              <p className="mt-1 text-xs text-muted-foreground">
                <strong className="text-foreground">{compactNumber(profile.followersCount)}</strong> followers · <strong className="text-foreground">{compactNumber(profile.followingCount)}</strong> following
              </p>
              {profile.description && <p className="mt-2 break-words">{profile.description}</p>}
            </div>
          </div>
        ) : (
          <p className="text-muted-foreground">No profile stored for this author yet.</p>
        )}
        <section aria-labelledby="history-title" className="grid gap-2">
          <h3 id="history-title" className="flex items-center gap-1.5 text-xs font-medium uppercase tracking-wide text-muted-foreground">
            <History className="size-3.5" aria-hidden /> With {clientName} before
          </h3>
          {past.length === 0 ? (
            <p className="text-muted-foreground">First conversation with this client.</p>
          ) : (
            <ul className="grid gap-2" data-testid="past-interactions">
              {past.map((c) => (
                <li key={c.id} className="rounded-md border p-2">
                  <div className="flex items-center justify-between gap-2 text-xs text-muted-foreground">
                    <span>{timeAgo(c.startedAt, now)}</span>
                    <Badge tone={OUTCOME_TONE[c.outcome] ?? "warning"}>{c.outcome}</Badge>
                  </div>
                  <Link href={`/inbox/${c.id}`} className="mt-1 line-clamp-2 block hover:underline">
                    {c.text ?? "(no text)"}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {totalConversations > past.length && <p className="text-xs text-muted-foreground">and {totalConversations - past.length} earlier.</p>}
        </section>
      </CardBody>
    </Card>
  );
}
