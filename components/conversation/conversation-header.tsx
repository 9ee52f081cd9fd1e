import { ArrowLeft, Tag, UserRound } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { Thread } from "@/lib/conversations/get-thread";
import type { PendingReason } from "@/lib/inbox/get-pending-reason";
import { duration, exactTime, timeAgo } from "./format";

const STATUS: Record<string, { label: string; tone: "primary" | "warning" | "neutral" | "success" }> = {
  OPEN: { label: "Open", tone: "primary" },
  PENDING: { label: "Pending: waiting on the client or customer", tone: "warning" },
  SNOOZED: { label: "Snoozed", tone: "neutral" },
  DONE: { label: "Done", tone: "success" },
};

/**
 * Where this conversation stands: client, account, status, who it is assigned to and its tags. `triage` is the
 * toolbar that changes them (conversation-triage.tsx, with the inbox list's use cases).
 */
export function ConversationHeader({ conversation, pendingReason, triage }: { conversation: Thread["conversation"]; pendingReason?: PendingReason; triage?: ReactNode }) {
  const known = STATUS[conversation.status] ?? { label: conversation.status, tone: "neutral" as const };
  const status = conversation.status === "PENDING" && pendingReason === "approval" ? { ...known, label: "Pending approval" } : known;
  const now = new Date();
  return (
    <header className="grid gap-3">
      <Link href="/inbox" className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Inbox <kbd className="rounded border bg-muted px-1 font-mono text-[0.7rem]">Esc</kbd>
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <span aria-hidden className="size-3 rounded-full" style={{ backgroundColor: conversation.client.color }} />
        <h1 className="text-2xl font-semibold tracking-tight">
          {conversation.client.name} <span className="text-muted-foreground">· @{conversation.account.username}</span>
        </h1>
        <Badge tone={status.tone} data-testid="conversation-status">
          {status.label}
        </Badge>
        {conversation.status === "SNOOZED" && conversation.snoozedUntil && (
          <span className="text-sm text-muted-foreground">
            until {exactTime(conversation.snoozedUntil)}
          </span>
        )}
      </div>
      <dl className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <div className="flex items-center gap-1.5">
          <dt className="sr-only">Assignee</dt>
          <UserRound className="size-4 text-muted-foreground" aria-hidden />
          <dd data-testid="assignee">{conversation.assignee?.name ?? "Unassigned"}</dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt className="sr-only">Tags</dt>
          <Tag className="size-4 text-muted-foreground" aria-hidden />
          <dd className="flex flex-wrap gap-1" data-testid="conversation-tags">
            {conversation.tags.length === 0 ? (
              <span className="text-muted-foreground">No tags</span>
            ) : (
              conversation.tags.map((t) => (
                <span key={t.id} className="rounded-full border px-2 py-0.5 text-xs" style={{ borderColor: t.color, color: t.color }}>
                  {t.name}
                </span>
              ))
            )}
          </dd>
        </div>
        {conversation.awaitingSince && (
          <div>
            <dt className="sr-only">Waiting since</dt>
            <dd className="text-muted-foreground" title={exactTime(conversation.awaitingSince)}>
              Waiting {duration(now.getTime() - conversation.awaitingSince.getTime())}
              {conversation.slaDueAt &&
                (conversation.slaDueAt > now
                  ? ` · first response due in ${duration(conversation.slaDueAt.getTime() - now.getTime())}`
                  : ` · first response ${duration(now.getTime() - conversation.slaDueAt.getTime())} overdue`)}
            </dd>
          </div>
        )}
        {conversation.lastResponseAt && (
          <div>
            <dt className="sr-only">Last answered</dt>
            <dd className="text-muted-foreground">Last answered {timeAgo(conversation.lastResponseAt, now)}</dd>
          </div>
        )}
      </dl>
      {triage}
    </header>
  );
}
