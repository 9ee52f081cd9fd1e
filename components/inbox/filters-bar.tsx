"use client";

import { ListFilter, Search, X } from "lucide-react";
import { forwardRef, useState } from "react";
import { INBOX_KINDS, type InboxFilters, isNarrowed } from "@/lib/inbox/inbox-filters";
import { cn } from "@/lib/utils/cn";
import type { Assignee, InboxClientOption, InboxTag } from "./types";

const KIND_LABELS = { mention: "Mentions", reply: "Replies", quote: "Quotes" } as const;
const SORT_LABELS = { sla: "Most urgent", newest: "Newest", oldest: "Oldest" } as const;

const selectClass =
  "h-8 w-auto max-w-40 rounded-md border border-input bg-card pl-2 pr-6 text-sm text-foreground shadow-xs hover:bg-muted/60 data-[active=true]:border-primary/60 data-[active=true]:bg-accent/60";

type BarProps = {
  filters: InboxFilters;
  clients: InboxClientOption[];
  tags: InboxTag[];
  assignees: Assignee[];
  userId: string;
  onChange: (next: Partial<InboxFilters>, mode?: "push" | "replace") => void;
  onSearchEscape: () => void;
  /** The lists start with only what the URL selects; the first look at a select asks for the rest. */
  onWantOptions: () => void;
};

/** Above this many accounts, the account filter lists one client's accounts (choose the client first). */
const ALL_ACCOUNTS_MAX = 25;

/** Every filter lives in the URL: the bar only writes it. Selects are native, so they work with any keyboard. */
export const FiltersBar = forwardRef<HTMLInputElement, BarProps>(function FiltersBar({ filters, clients, tags, assignees, userId, onChange, onSearchEscape, onWantOptions }, searchRef) {
  // The inbox view remounts on every filter change (keyed by its URL), so this starts from the URL each time.
  const [query, setQuery] = useState(filters.q ?? "");
  const allAccounts = clients.flatMap((c) => c.accounts.map((a) => ({ ...a, clientId: c.id })));
  const accounts = allAccounts.filter((a) => (filters.client ? a.clientId === filters.client : allAccounts.length <= ALL_ACCOUNTS_MAX || a.id === filters.account));
  const wants = { onFocus: onWantOptions, onPointerDown: onWantOptions };
  const teammates = assignees.filter((a) => a.id !== userId);
  // On a phone the filters fold behind one button, so the list starts near the top of the screen.
  const active = [filters.client, filters.account, filters.assignee !== "anyone", filters.tag, filters.kind, filters.draft, filters.breached].filter(Boolean).length;
  const [unfolded, setUnfolded] = useState(active > 0);

  return (
    <div className="grid gap-2" role="search" aria-label="Filter conversations">
      <div className="flex items-center gap-2">
        <form
          className="relative min-w-0 flex-1"
          onSubmit={(event) => {
            event.preventDefault();
            onChange({ q: query.trim() || undefined }, "replace");
          }}
        >
          <Search className="pointer-events-none absolute left-2.5 top-2 size-4 text-muted-foreground" aria-hidden />
          <input
            ref={searchRef}
            type="search"
            name="q"
            aria-label="Search text and authors"
            placeholder="Search text or author"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.preventDefault();
                onSearchEscape();
              }
            }}
            className="h-8 w-full rounded-md border border-input bg-card pl-8 pr-2 text-sm shadow-xs placeholder:text-muted-foreground sm:pr-8"
          />
          <kbd aria-hidden className="pointer-events-none absolute right-2 top-1.5 rounded border max-sm:hidden bg-muted px-1.5 font-mono text-[11px] text-muted-foreground">
            /
          </kbd>
        </form>
        <button
          type="button"
          aria-expanded={unfolded}
          aria-controls="inbox-filters"
          onClick={() => setUnfolded((open) => !open)}
          className="inline-flex h-8 shrink-0 items-center gap-1.5 rounded-md border border-input bg-card px-2.5 text-sm shadow-xs hover:bg-muted/60 sm:hidden"
        >
          <ListFilter className="size-4" aria-hidden />
          Filters{active > 0 ? ` · ${active}` : ""}
        </button>
        <select aria-label="Order" className={selectClass} value={filters.sort} onChange={(e) => onChange({ sort: e.target.value as InboxFilters["sort"] })}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div id="inbox-filters" className={cn("flex flex-wrap items-center gap-2", !unfolded && "max-sm:hidden")}>
        <select {...wants} aria-label="Client" data-active={filters.client ? true : undefined} className={selectClass} value={filters.client ?? ""} onChange={(e) => onChange({ client: e.target.value || undefined, account: undefined })}>
          <option value="">All clients</option>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <select {...wants} aria-label="Account" title={!filters.client && allAccounts.length > ALL_ACCOUNTS_MAX ? "Choose a client to filter by one of its accounts" : undefined} data-active={filters.account ? true : undefined} className={selectClass} value={filters.account ?? ""} onChange={(e) => onChange({ account: e.target.value || undefined })}>
          <option value="">All accounts</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              @{a.username}
              {a.status === "NEEDS_RECONNECT" ? " (needs reconnection)" : a.status === "PAUSED" ? " (paused)" : ""}
            </option>
          ))}
        </select>
        <select {...wants} aria-label="Assignee" data-active={filters.assignee !== "anyone" ? true : undefined} className={selectClass} value={filters.assignee} onChange={(e) => onChange({ assignee: e.target.value })}>
          <option value="anyone">Anyone</option>
          <option value="me">Assigned to me</option>
          <option value="unassigned">Unassigned</option>
          {teammates.length > 0 && (
            <optgroup label="Teammates">
              {teammates.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <select {...wants} aria-label="Tag" data-active={filters.tag ? true : undefined} className={selectClass} value={filters.tag ?? ""} onChange={(e) => onChange({ tag: e.target.value || undefined })}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t.id} value={t.name}>
              {t.name}
            </option>
          ))}
        </select>
        <select aria-label="Kind" data-active={filters.kind ? true : undefined} className={selectClass} value={filters.kind ?? ""} onChange={(e) => onChange({ kind: (e.target.value || undefined) as InboxFilters["kind"] })}>
          <option value="">Any kind</option>
          {INBOX_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <Toggle pressed={filters.draft} onClick={() => onChange({ draft: !filters.draft })}>
          Has draft
        </Toggle>
        <Toggle pressed={filters.breached} onClick={() => onChange({ breached: !filters.breached })}>
          SLA breached
        </Toggle>
        {filters.unanswered && (
          // Reports link here with their month: the items that needed an answer then and still have none.
          <button
            type="button"
            onClick={() => onChange({ unanswered: false, from: undefined, to: undefined })}
            className="inline-flex h-8 items-center gap-1 rounded-md border border-primary/40 bg-accent/60 px-2 text-xs"
            aria-label={`Remove the unanswered filter (items from ${filters.from ?? "…"} to ${filters.to ?? "…"})`}
            data-testid="unanswered-filter"
          >
            Unanswered items {filters.from || filters.to ? `${filters.from ?? "…"} – ${filters.to ?? "…"}` : ""}
            <X className="size-3.5" aria-hidden />
          </button>
        )}
        {!filters.unanswered && (filters.from || filters.to) && (
          <button
            type="button"
            onClick={() => onChange({ from: undefined, to: undefined })}
            className="inline-flex h-8 items-center gap-1 rounded-md border border-primary/40 bg-accent/60 px-2 text-xs"
            aria-label={`Remove the date filter (newest item ${filters.from ?? "…"} to ${filters.to ?? "…"})`}
          >
            Newest item {filters.from ?? "…"} – {filters.to ?? "…"}
            <X className="size-3.5" aria-hidden />
          </button>
        )}
        {isNarrowed(filters) && (
          <button
            type="button"
            className="h-8 px-1 text-xs font-medium text-muted-foreground hover:text-foreground"
            onClick={() => onChange({ q: undefined, client: undefined, account: undefined, assignee: "anyone", tag: undefined, kind: undefined, draft: false, breached: false, unanswered: false, from: undefined, to: undefined })}
          >
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
});

function Toggle({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={cn(
        "h-8 whitespace-nowrap rounded-md border border-input bg-card px-2.5 text-sm shadow-xs hover:bg-muted/60",
        pressed && "border-primary/60 bg-accent/60 text-accent-foreground",
      )}
    >
      {children}
    </button>
  );
}
