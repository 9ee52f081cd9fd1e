"use client";

import { Keyboard, Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { type InboxFilters, inboxHref } from "@/lib/inbox/inbox-filters";
import { cn } from "@/lib/utils/cn";
import { AssignPicker } from "./assign-picker";
import { BulkBar } from "./bulk-bar";
import { FiltersBar } from "./filters-bar";
import { InboxEmpty } from "./inbox-empty";
import { InboxRowItem } from "./inbox-row";
import { NewItemsBar } from "./new-items-bar";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { SnoozePicker } from "./snooze-picker";
import { StatusTabs } from "./status-tabs";
import { TagPicker } from "./tag-picker";
import { Toast, type ToastState } from "./toast";
import type { InboxActions, InboxCounts, InboxOptions, InboxPage, InboxTag } from "./types";
import { useInboxKeys } from "./use-inbox-keys";
import { useInboxList } from "./use-inbox-list";
import { useInboxStream } from "./use-inbox-stream";
import { useTriage } from "./use-triage";

type Dialog = "assign" | "snooze" | "tag" | "help" | null;

export type InboxViewProps = {
  filters: InboxFilters;
  page: InboxPage;
  counts: InboxCounts;
  /** What the URL selects; the full lists for filters and pickers load right after the page. */
  options: InboxOptions;
  hasAccounts: boolean;
  userId: string;
  /** The server's clock when it rendered, so relative times match on both sides. */
  renderedAt: string;
  actions: InboxActions;
  /** Unread @mentions of the viewer in teammates' notes (mentions-strip.tsx), shown above the list. */
  mentions?: ReactNode;
};

const subscribeNothing = () => () => undefined;

export function InboxView({ filters, page, counts: initialCounts, options: initialOptions, hasAccounts, userId, renderedAt, actions, mentions }: InboxViewProps) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const list = useInboxList({ page, initialCounts, filters, actions, userId });
  const { rows } = list;
  const [current, setCurrent] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [now, setNow] = useState(() => new Date(renderedAt));
  const [options, setOptions] = useState(initialOptions);
  const { clients, tags, assignees } = options;
  const setTags = useCallback((update: (tags: InboxTag[]) => InboxTag[]) => setOptions((o) => ({ ...o, tags: update(o.tags) })), []);
  const optionsLoad = useRef<"partial" | "loading" | "full">("partial");
  const loadOptions = useCallback(async () => {
    if (optionsLoad.current !== "partial") return;
    optionsLoad.current = "loading";
    const result = await actions.options();
    optionsLoad.current = result.ok ? "full" : "partial";
    if (result.ok) setOptions(result.data);
  }, [actions]);
  useEffect(() => {
    const timer = setTimeout(() => void loadOptions(), 150);
    return () => clearTimeout(timer);
  }, [loadOptions]);
  // False in the server's HTML and while hydrating: keys pressed before that reach no handler yet.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const anchor = useRef<number | null>(null);

  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const navigate = useCallback((href: string, mode: "push" | "replace" = "push") => startNavigation(() => (mode === "push" ? router.push(href) : router.replace(href))), [router]);
  const changeFilters = useCallback((next: Partial<InboxFilters>, mode: "push" | "replace" = "push") => navigate(inboxHref({ ...filters, ...next }), mode), [filters, navigate]);

  const focusRow = useCallback((index: number) => {
    const links = listRef.current?.querySelectorAll<HTMLAnchorElement>("[data-row-link]");
    const link = links?.[index];
    if (!link) return;
    link.focus({ preventScroll: true });
    link.scrollIntoView({ block: "nearest" });
  }, []);

  const safeCurrent = Math.min(current, Math.max(rows.length - 1, 0));
  const currentRow = rows[safeCurrent];
  const targets = useMemo(() => (selected.size ? rows.filter((r) => selected.has(r.id)) : currentRow ? [currentRow] : []), [currentRow, rows, selected]);

  // After rows leave the list, focus stays on the row now at the same position (the next one).
  const keepFocus = useRef(false);
  useEffect(() => {
    if (!keepFocus.current) return;
    keepFocus.current = false;
    focusRow(Math.min(current, rows.length - 1));
  }, [current, focusRow, rows]);

  const triage = useTriage({ list, actions, assignees, tags, setTags, targets, setToast, onDone: () => {
    keepFocus.current = listRef.current?.contains(document.activeElement) ?? false;
    setSelected(new Set());
    setDialog(null);
  } });

  const move = useCallback(
    (delta: number) => {
      if (rows.length === 0) return;
      const focusedInList = listRef.current?.contains(document.activeElement) ?? false;
      const next = focusedInList ? Math.max(0, Math.min(rows.length - 1, safeCurrent + delta)) : safeCurrent;
      setCurrent(next);
      focusRow(next);
      if (next >= rows.length - 5) void list.loadMore();
    },
    [focusRow, list, rows.length, safeCurrent],
  );

  const toggleSelect = useCallback(
    (id: string, index: number, range: boolean) => {
      setSelected((prev) => {
        const next = new Set(prev);
        if (range && anchor.current !== null) {
          const [from, to] = [Math.min(anchor.current, index), Math.max(anchor.current, index)];
          for (const row of rows.slice(from, to + 1)) next.add(row.id);
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      anchor.current = index;
    },
    [rows],
  );

  const open = useCallback((reply = false) => currentRow && router.push(`/inbox/${currentRow.id}${reply ? "?reply=1" : ""}`), [currentRow, router]);

  const showNew = useCallback(async () => {
    if (await list.reload()) {
      setFresh(new Set());
      setCurrent(0);
      window.scrollTo({ top: 0 });
      requestAnimationFrame(() => focusRow(0));
    }
  }, [focusRow, list]);

  const rowIds = useMemo(() => new Set(rows.map((r) => r.id)), [rows]);
  useInboxStream(
    useCallback(
      (event) => {
        // The stream only carries clients the actor works on; the view may be narrower.
        if ((filters.client && event.clientId !== filters.client) || (filters.account && event.accountId !== filters.account)) return;
        list.refreshCounts();
        if (filters.status !== "open" && filters.status !== "all") return;
        setFresh((prev) => {
          const next = new Set(prev);
          for (const id of event.conversationIds) if (!rowIds.has(id)) next.add(id);
          return next.size === prev.size ? prev : next;
        });
      },
      [filters.account, filters.client, filters.status, list, rowIds],
    ),
    // Between the server's render and the stream's opening (hydration, a reconnect), new items went
    // unannounced: the newest conversations of this view that arrived after the render are offered too.
    useCallback(() => {
      list.refreshCounts();
      if (filters.status !== "open" && filters.status !== "all") return;
      void actions.loadPage({ filters: { ...filters, sort: "newest" } }).then((result) => {
        if (!result.ok) return;
        const since = Date.parse(renderedAt);
        const arrived = result.data.rows.filter((r) => Date.parse(r.lastInboundAt) > since && !rowIds.has(r.id));
        if (arrived.length) setFresh((prev) => new Set([...prev, ...arrived.map((r) => r.id)]));
      });
    }, [actions, filters, list, renderedAt, rowIds]),
  );

  useInboxKeys(
    {
      j: () => move(1),
      ArrowDown: () => move(1),
      k: () => move(-1),
      ArrowUp: () => move(-1),
      // On a focused row the link itself opens (the browser follows it); elsewhere Enter opens the current row.
      Enter: () => (document.activeElement?.hasAttribute("data-row-link") ? false : open()),
      o: () => open(),
      r: () => open(true),
      x: () => currentRow && toggleSelect(currentRow.id, safeCurrent, false),
      X: () => setSelected((prev) => (prev.size === rows.length ? new Set() : new Set(rows.map((r) => r.id)))),
      e: () => triage.doneOrReopen(),
      p: () => triage.pending(),
      a: () => {
        void loadOptions();
        if (targets.length) setDialog("assign");
      },
      i: () => triage.assign(userId),
      s: () => targets.length && setDialog("snooze"),
      t: () => {
        void loadOptions();
        if (targets.length) setDialog("tag");
      },
      z: () => triage.undo(),
      "/": () => searchRef.current?.focus(),
      "?": () => setDialog("help"),
      ".": () => void showNew(),
      Escape: () => setSelected(new Set()),
      "1": () => changeFilters({ status: "open" }),
      "2": () => changeFilters({ status: "pending" }),
      "3": () => changeFilters({ status: "snoozed" }),
      "4": () => changeFilters({ status: "done" }),
    },
    dialog === null,
  );

  // Infinite scroll: the next page loads before the end of the list comes into view.
  const sentinel = useRef<HTMLDivElement>(null);
  const { cursor, loadMore } = list;
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !cursor) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void loadMore(), { rootMargin: "300px" });
    observer.observe(node);
    return () => observer.disconnect();
  }, [cursor, loadMore]);
  const dismissToast = useCallback(() => setToast(null), []);

  const clientNames = useMemo(() => new Map(clients.map((c) => [c.id, c.name])), [clients]);
  const noAccounts = !hasAccounts;
  const clearFilters = () => changeFilters({ q: undefined, client: undefined, account: undefined, assignee: "anyone", tag: undefined, kind: undefined, draft: false, breached: false, unanswered: false, from: undefined, to: undefined });

  return (
    <div className="grid gap-3" data-testid="inbox" data-ready={hydrated ? "true" : undefined}>
      <header className="flex min-w-0 items-end justify-between gap-4 border-b">
        <div className="flex min-w-0 items-end gap-5">
          <h1 className="pb-2 text-xl font-semibold tracking-tight">Inbox</h1>
          <StatusTabs filters={filters} counts={list.counts} onNavigate={navigate} />
        </div>
        <button type="button" onClick={() => setDialog("help")} className="mb-1.5 inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-xs text-muted-foreground hover:bg-muted hover:text-foreground">
          <Keyboard className="size-4" aria-hidden />
          <span className="hidden sm:inline">Shortcuts</span>
          <kbd className="rounded border bg-muted px-1 font-mono text-[11px]">?</kbd>
        </button>
      </header>
      <FiltersBar
        ref={searchRef}
        filters={filters}
        clients={clients}
        tags={tags}
        assignees={assignees}
        userId={userId}
        onChange={changeFilters}
        onSearchEscape={() => focusRow(safeCurrent)}
        onWantOptions={() => void loadOptions()}
      />
      {mentions}
      <div className="sticky top-0 z-10 -mx-1 grid gap-2 bg-background/95 px-1 backdrop-blur empty:hidden">
        {fresh.size > 0 && <NewItemsBar count={fresh.size} onShow={() => void showNew()} />}
        {selected.size > 0 && (
          <BulkBar
            count={selected.size}
            onDone={() => triage.done()}
            onPending={() => triage.pending()}
            onReopen={() => triage.reopen()}
            onAssign={() => setDialog("assign")}
            onSnooze={() => setDialog("snooze")}
            onTag={() => setDialog("tag")}
            onClear={() => setSelected(new Set())}
          />
        )}
      </div>
      <section aria-label="Conversations" aria-busy={navigating || undefined} className={cn("rounded-lg border bg-card transition-opacity", navigating && "opacity-60")}>
        {rows.length === 0 ? (
          <InboxEmpty filters={filters} onClear={clearFilters} noAccounts={noAccounts} />
        ) : (
          <ul ref={listRef} aria-label={`${rows.length}${list.cursor ? "+" : ""} conversations`} data-testid="inbox-list">
            {rows.map((row, index) => (
              <InboxRowItem key={row.id} row={row} index={index} current={index === safeCurrent} selected={selected.has(row.id)} now={now} onSelect={toggleSelect} onFocusRow={setCurrent} />
            ))}
          </ul>
        )}
        <div ref={sentinel} aria-live="polite" className="text-center text-xs text-muted-foreground empty:hidden">
          {list.loadingMore && (
            <p className="flex items-center justify-center gap-2 py-3">
              <Loader2 className="size-3.5 animate-spin" aria-hidden /> Loading more…
            </p>
          )}
          {list.loadError && (
            <p className="py-3 text-danger" role="alert">
              {list.loadError}{" "}
              <button type="button" className="font-medium underline" onClick={() => void list.loadMore()}>
                Try again
              </button>
            </p>
          )}
        </div>
      </section>
      <Toast toast={toast} onDismiss={dismissToast} />
      <ShortcutsDialog open={dialog === "help"} onOpenChange={(o) => setDialog(o ? "help" : null)} />
      <AssignPicker
        open={dialog === "assign"}
        onOpenChange={(o) => setDialog(o ? "assign" : null)}
        assignees={assignees}
        userId={userId}
        clientIds={[...new Set(targets.map((t) => t.client.id))]}
        clientNames={clientNames}
        anyAssigned={targets.some((t) => t.assignee)}
        count={targets.length}
        onAssign={(id) => triage.assign(id)}
      />
      <SnoozePicker open={dialog === "snooze"} onOpenChange={(o) => setDialog(o ? "snooze" : null)} count={targets.length} onSnooze={(when) => triage.snooze(when)} />
      <TagPicker
        open={dialog === "tag"}
        onOpenChange={(o) => setDialog(o ? "tag" : null)}
        tags={tags}
        onAll={new Set(tags.filter((t) => targets.length > 0 && targets.every((r) => r.tags.some((x) => x.id === t.id))).map((t) => t.name))}
        count={targets.length}
        onChange={(change) => triage.tag(change)}
      />
    </div>
  );
}
