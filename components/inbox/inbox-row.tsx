import { AtSign, CircleAlert, Eye, MessageCircleReply, PencilLine, Quote } from "lucide-react";
import Link from "next/link";
import { memo } from "react";
import { cn } from "@/lib/utils/cn";
import { Avatar } from "./avatar";
import { age, compactNumber, exactTime, initials, untilLabel, wholeNumber } from "./format";
import { SlaBadge } from "./sla-badge";
import type { InboxRow as Row } from "./types";

const KIND = {
  mention: { icon: AtSign, label: "Mention" },
  reply: { icon: MessageCircleReply, label: "Reply" },
  quote: { icon: Quote, label: "Quote" },
} as const;

type RowProps = {
  row: Row;
  index: number;
  current: boolean;
  selected: boolean;
  now: Date;
  onSelect: (id: string, index: number, range: boolean) => void;
  onFocusRow: (index: number) => void;
};

/** One conversation: who, where, what, and how urgent, in two quiet lines. */
export const InboxRowItem = memo(function InboxRowItem({ row, index, current, selected, now, onSelect, onFocusRow }: RowProps) {
  const Kind = row.kind ? KIND[row.kind] : null;
  const author = row.author ?? { name: "Unknown", username: "unknown", followers: 0, avatarUrl: null, verified: false };
  const reconnect = row.account.status === "NEEDS_RECONNECT" || row.account.status === "DISCONNECTED";
  return (
    <li
      data-testid="inbox-row"
      data-id={row.id}
      data-current={current || undefined}
      className={cn(
        "group relative flex items-stretch border-b border-l-2 border-l-transparent last:border-b-0",
        selected && "bg-accent/50",
        current && "border-l-primary bg-muted/70",
      )}
    >
      <label className="flex w-10 shrink-0 cursor-pointer items-start justify-center pt-4">
        <input
          type="checkbox"
          className="size-3.5 accent-[var(--primary)]"
          checked={selected}
          onChange={(event) => onSelect(row.id, index, (event.nativeEvent as MouseEvent).shiftKey)}
          aria-label={`Select conversation with ${author.name}`}
          tabIndex={-1}
        />
      </label>
      <Link
        href={`/inbox/${row.id}`}
        prefetch={false}
        data-row-link
        aria-current={current ? "true" : undefined}
        // One tab stop for the whole list (the current row); j/k and the arrows move within it.
        tabIndex={current ? 0 : -1}
        onFocus={() => onFocusRow(index)}
        className="flex min-w-0 flex-1 gap-3 py-2.5 pr-3 outline-none focus-visible:ring-0"
      >
        <Avatar name={author.name} url={author.avatarUrl} className="mt-0.5 hidden sm:flex" />
        <span className="grid min-w-0 flex-1 gap-0.5">
          <span className="flex min-w-0 items-center gap-1.5 text-sm">
            <span className="min-w-24 shrink-0 truncate font-semibold sm:min-w-0 sm:shrink">{author.name}</span>
            <span className="hidden truncate text-muted-foreground sm:inline">@{author.username}</span>
            <span className="hidden shrink-0 text-xs text-muted-foreground md:inline" title={`${wholeNumber(author.followers)} followers`}>
              · {compactNumber(author.followers)}
            </span>
            <span className="ml-auto flex min-w-0 items-center gap-1.5 pl-2 text-xs text-muted-foreground">
              <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ background: row.client.color }} />
              <span className="min-w-0 max-w-32 truncate">{row.client.name}</span>
              <span className="hidden max-w-32 truncate lg:inline">@{row.account.username}</span>
              {reconnect && (
                <span className="inline-flex items-center gap-0.5 font-medium text-warning" title="This X account must be reconnected before replies can be sent">
                  <CircleAlert className="size-3" aria-hidden />
                  <span className="hidden sm:inline">needs reconnection</span>
                </span>
              )}
            </span>
          </span>
          <span className="flex min-w-0 items-center gap-1.5 text-sm text-muted-foreground">
            {Kind && <Kind.icon className="size-3.5 shrink-0" aria-label={Kind.label} />}
            {row.inboundCount > 1 && <span className="shrink-0 text-xs tabular-nums">{row.inboundCount}</span>}
            <span className="truncate text-foreground/85">{row.text}</span>
            <span className="ml-auto flex shrink-0 items-center gap-1.5 pl-2">
              {row.tags.map((tag) => (
                <span key={tag.id} className="hidden items-center gap-1 rounded border px-1 text-[11px] leading-4 md:inline-flex">
                  <span aria-hidden className="size-1.5 rounded-full" style={{ background: tag.color }} />
                  {tag.name}
                </span>
              ))}
              {row.hasDraft && <PencilLine className="size-3.5 text-primary" aria-label="Has a draft" />}
              {row.viewers.length > 0 && (
                <span className="inline-flex items-center gap-0.5 text-xs text-primary" title={row.viewers.map((v) => `${v.name} ${v.drafting ? "is drafting" : "is viewing"}`).join(", ")}>
                  <Eye className="size-3.5" aria-hidden />
                  <span className="sr-only">{row.viewers.map((v) => `${v.name} ${v.drafting ? "is drafting" : "is viewing"}`).join(", ")}</span>
                  <span aria-hidden>{row.viewers.length}</span>
                </span>
              )}
              {row.assignee && (
                <span className="flex size-5 items-center justify-center rounded-full bg-accent text-[9px] font-semibold text-accent-foreground" title={`Assigned to ${row.assignee.name}`}>
                  <span aria-hidden>{initials(row.assignee.name)}</span>
                  <span className="sr-only">Assigned to {row.assignee.name}</span>
                </span>
              )}
            </span>
          </span>
        </span>
        <span className="flex w-24 shrink-0 flex-col items-end gap-1 text-right">
          <SlaBadge sla={row.sla} now={now} />
          {/* Times in the viewer's zone differ from the server's render: the browser's text wins, quietly. */}
          <span className="text-xs tabular-nums text-muted-foreground" title={`Newest inbound ${exactTime(row.lastInboundAt)}`} suppressHydrationWarning>
            {row.status === "SNOOZED" && row.snoozedUntil && !row.snoozeExpired ? untilLabel(row.snoozedUntil, now) : age(row.awaitingSince ?? row.lastInboundAt, now)}
          </span>
        </span>
      </Link>
    </li>
  );
});
