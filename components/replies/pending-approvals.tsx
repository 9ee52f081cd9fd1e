import { CheckCheck, Flag } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Actor } from "@/lib/auth/actor";
import { listPendingApprovals } from "@/lib/replies/list-pending-approvals";
import { measureReply } from "@/lib/replies/weighted-length";
import { decideApprovalAction } from "./approval-actions";
import { ApprovalDecision } from "./approval-decision";

type Props = {
  actor: Actor;
  /** Only this conversation's replies (the conversation page). */
  conversationId?: string;
  /** Render nothing when there is nothing to decide (for pages where the section is optional). */
  hideWhenEmpty?: boolean;
  title?: string;
};

function ago(date: Date): string {
  const minutes = Math.max(0, Math.round((Date.now() - date.getTime()) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 24 ? `${hours} h ago` : `${Math.round(hours / 24)} d ago`;
}

/**
 * Replies waiting for this actor's decision, each with approve/reject. Works for account managers and
 * admins (every client), and client viewers (their client, in the portal). Approving sends the reply.
 */
export async function PendingApprovals({ actor, conversationId, hideWhenEmpty = false, title = "Awaiting your approval" }: Props) {
  const pending = await listPendingApprovals(actor, { conversationId });
  if (!pending.length && hideWhenEmpty) return null;
  const agency = actor.role !== "CLIENT_VIEWER";
  return (
    <Card aria-labelledby="approvals-title" data-testid="pending-approvals">
      <CardHeader>
        <CardTitle id="approvals-title" className="flex items-center gap-2">
          {title}
          {pending.length > 0 && <Badge tone="warning">{pending.length}</Badge>}
        </CardTitle>
      </CardHeader>
      <CardBody>
        {pending.length === 0 ? (
          <EmptyState icon={CheckCheck} title="Nothing to approve">
            Replies that need approval before they go out appear here.
          </EmptyState>
        ) : (
          <ul className="grid gap-4">
            {pending.map((item) => (
              <li key={item.draftId} className="rounded-lg border p-3" data-testid="approval-item">
                <p className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
                  {agency && <span className="font-medium text-foreground">{item.client.name}</span>}
                  <span>@{item.account}</span>
                  <span>· by {item.authorName}</span>
                  <span>· {ago(item.submittedAt)}</span>
                  {item.flagged && (
                    <Badge tone="warning">
                      <Flag className="size-3" aria-hidden /> flagged
                    </Badge>
                  )}
                  {agency && (
                    <Link href={`/inbox/${item.conversationId}`} className="ml-auto text-primary hover:underline">
                      Open conversation
                    </Link>
                  )}
                </p>
                {item.inReplyTo && (
                  <p className="mt-2 text-sm text-muted-foreground">
                    In reply to <span className="font-medium text-foreground">{item.inReplyTo.name}</span> (@{item.inReplyTo.username}): “{item.inReplyTo.text}”
                  </p>
                )}
                <blockquote className="mt-2 whitespace-pre-wrap break-words rounded-md border-l-4 border-primary bg-accent/40 px-3 py-2 text-sm" data-testid="approval-text">
                  {item.text}
                </blockquote>
                <p className="mt-1 text-right text-xs text-muted-foreground">{measureReply(item.text).weighted} / 280</p>
                <ApprovalDecision draftId={item.draftId} action={decideApprovalAction} />
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
