import { Inbox, SearchX } from "lucide-react";
import { type InboxFilters, isNarrowed } from "@/lib/inbox/inbox-filters";

const BY_STATUS = {
  open: { title: "Inbox zero — nothing needs an answer", body: "New mentions, replies and quotes appear here as they arrive." },
  pending: { title: "Nothing is waiting", body: "Conversations waiting on an approval or on the client show up here." },
  snoozed: { title: "Nothing is snoozed", body: "Snooze a conversation with s: it comes back to Open on its own." },
  done: { title: "Nothing is done yet", body: "Conversations you mark done (e) are kept here." },
  all: { title: "No conversations yet", body: "Once your clients' X accounts are connected, people talking to them show up here." },
} as const;

/** What an empty list means depends on the view: inbox zero is good news, an empty search is not. */
export function InboxEmpty({ filters, onClear, noAccounts }: { filters: InboxFilters; onClear: () => void; noAccounts: boolean }) {
  const narrowed = isNarrowed(filters);
  const text = noAccounts
    ? { title: "No X accounts connected yet", body: "Connect your clients' X accounts under Clients: the people who talk to them show up here." }
    : filters.q
      ? { title: `Nothing matches “${filters.q}”`, body: "Search looks at the newest inbound text and at the author's name and handle." }
      : narrowed
        ? { title: "No conversations match these filters", body: "Widen the filters to see more." }
        : BY_STATUS[filters.status];
  const Icon = narrowed && !noAccounts ? SearchX : Inbox;
  return (
    <div className="flex flex-col items-center justify-center gap-2 px-6 py-20 text-center" data-testid="empty-state">
      <div className="rounded-full bg-muted p-3">
        <Icon className="size-5 text-muted-foreground" aria-hidden />
      </div>
      <h2 className="text-base font-semibold">{text.title}</h2>
      <p className="max-w-md text-sm text-muted-foreground">{text.body}</p>
      {narrowed && (
        <button type="button" onClick={onClear} className="mt-1 text-sm font-medium text-primary hover:underline">
          Clear filters
        </button>
      )}
    </div>
  );
}
