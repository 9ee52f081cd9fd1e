"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { INBOX_COUNT_CAP as COUNT_CAP, type InboxFilters } from "@/lib/inbox/inbox-filters";
import { compareRows, rowMatches, viewOf } from "@/lib/inbox/row-matches";
import type { InboxActions, InboxCounts, InboxPage, InboxRow } from "./types";


function adjustCounts(counts: InboxCounts, before: InboxRow[], after: InboxRow[], now: Date): InboxCounts {
  const next = { ...counts };
  before.forEach((row, i) => {
    const updated = after[i];
    if (!updated) return;
    const from = viewOf(row, now);
    const to = viewOf(updated, now);
    if (from === to) return;
    // A capped count ("200+") is not exact, so it is left for the server to recount.
    if (next[from] <= COUNT_CAP) next[from] = Math.max(0, next[from] - 1);
    if (next[to] <= COUNT_CAP) next[to] += 1;
  });
  return next;
}

/**
 * The list's rows, pages and counts, changed in place: a triaged row leaves the view at once (or is updated
 * where it still belongs), and a failed or undone change puts the original rows back where they sort.
 */
export function useInboxList({ page, initialCounts, filters, actions, userId }: { page: InboxPage; initialCounts: InboxCounts; filters: InboxFilters; actions: InboxActions; userId: string }) {
  const [rows, setRows] = useState(page.rows);
  const [cursor, setCursor] = useState(page.nextCursor);
  const [counts, setCounts] = useState(initialCounts);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const busy = useRef(false);
  const countTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refreshCounts = useCallback(() => {
    clearTimeout(countTimer.current);
    countTimer.current = setTimeout(async () => {
      const result = await actions.count(filters);
      if (result.ok) setCounts(result.data);
    }, 400);
  }, [actions, filters]);
  useEffect(() => () => clearTimeout(countTimer.current), []);

  const loadMore = useCallback(async () => {
    if (!cursor || busy.current) return;
    busy.current = true;
    setLoadingMore(true);
    setLoadError(null);
    const result = await actions.loadPage({ filters, cursor });
    busy.current = false;
    setLoadingMore(false);
    if (!result.ok) {
      setLoadError(result.error);
      return;
    }
    setRows((current) => {
      const seen = new Set(current.map((r) => r.id));
      return [...current, ...result.data.rows.filter((r) => !seen.has(r.id))];
    });
    setCursor(result.data.nextCursor);
  }, [actions, cursor, filters]);

  /** The first page again, fresh (new items at the top). */
  const reload = useCallback(async (): Promise<boolean> => {
    const result = await actions.loadPage({ filters });
    if (!result.ok) {
      setLoadError(result.error);
      return false;
    }
    setRows(result.data.rows);
    setCursor(result.data.nextCursor);
    setLoadError(null);
    refreshCounts();
    return true;
  }, [actions, filters, refreshCounts]);

  // Changes are computed from the rows as they are when applied (not as they were when a request started).
  const latest = useRef(rows);
  useEffect(() => {
    latest.current = rows;
  }, [rows]);

  /** Updates rows in place; those that no longer belong in the view leave it. Returns the originals. */
  const applyChange = useCallback(
    (ids: readonly string[], update: (row: InboxRow) => InboxRow): InboxRow[] => {
      const wanted = new Set(ids);
      const originals = latest.current.filter((r) => wanted.has(r.id));
      const updated = originals.map(update);
      const now = new Date();
      const byId = new Map(updated.map((r) => [r.id, r]));
      const kept = (row: InboxRow) => rowMatches(row, filters, userId, now);
      latest.current = latest.current.flatMap((r) => (byId.has(r.id) ? [byId.get(r.id) as InboxRow].filter(kept) : [r]));
      setRows(latest.current);
      setCounts((current) => adjustCounts(current, originals, updated, now));
      return originals;
    },
    [filters, userId],
  );

  /** Puts rows back as they were (after a failure or an undo), each where the view's order puts it. */
  const restore = useCallback(
    (originals: InboxRow[], as: (row: InboxRow) => InboxRow = (row) => row) => {
      const now = new Date();
      const back = originals.map(as).filter((r) => rowMatches(r, filters, userId, now));
      const ids = new Set(originals.map((r) => r.id));
      latest.current = [...latest.current.filter((r) => !ids.has(r.id)), ...back].sort(compareRows(filters.sort));
      setRows(latest.current);
      refreshCounts();
    },
    [filters, refreshCounts, userId],
  );

  return { rows, cursor, counts, loadingMore, loadError, loadMore, reload, refreshCounts, applyChange, restore };
}
