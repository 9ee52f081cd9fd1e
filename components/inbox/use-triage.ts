"use client";

import { useCallback, useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import type { ToastState } from "./toast";
import type { Assignee, InboxActions, InboxRow, InboxTag, SnoozePreset } from "./types";
import type { useInboxList } from "./use-inbox-list";

const HOUR = 3_600_000;
const plural = (n: number) => (n === 1 ? "conversation" : `${n} conversations`);
const reopened = (row: InboxRow): InboxRow => ({ ...row, status: "OPEN", snoozedUntil: null, snoozeExpired: false });

/**
 * The triage actions on the targets (the selection, or the current row): the list changes at once, the server
 * is asked, and a refusal puts the rows back with the reason. Done, pending and snooze can be undone (z).
 */
export function useTriage({
  list,
  actions,
  assignees,
  tags,
  setTags,
  targets,
  setToast,
  onDone,
}: {
  list: ReturnType<typeof useInboxList>;
  actions: InboxActions;
  assignees: Assignee[];
  tags: InboxTag[];
  setTags: (update: (tags: InboxTag[]) => InboxTag[]) => void;
  targets: InboxRow[];
  setToast: (toast: ToastState | null) => void;
  onDone: () => void;
}) {
  const lastUndo = useRef<(() => void) | null>(null);
  // The list changes before the server answers: leaving the page meanwhile would drop the change silently.
  const inFlight = useRef(0);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (inFlight.current > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const run = useCallback(
    async <T>(rows: InboxRow[], update: (row: InboxRow) => InboxRow, call: (ids: string[]) => Promise<ActionResult<T>>, message: string, undoable: boolean): Promise<T | null> => {
      if (rows.length === 0) return null;
      const ids = rows.map((r) => r.id);
      const originals = list.applyChange(ids, update);
      onDone();
      inFlight.current++;
      const result = await call(ids).finally(() => inFlight.current--);
      if (!result.ok) {
        list.restore(originals);
        setToast({ tone: "danger", message: result.error });
        return null;
      }
      list.refreshCounts();
      const undo = undoable
        ? () => {
            list.restore(originals, reopened);
            void actions.reopen({ conversationIds: ids }).then((r) => !r.ok && setToast({ tone: "danger", message: r.error }));
          }
        : undefined;
      lastUndo.current = undo ?? null;
      setToast({ message, undo });
      return result.data;
    },
    [actions, list, onDone, setToast],
  );

  const done = useCallback(() => {
    const rows = targets.filter((r) => r.status !== "DONE");
    void run(rows, (r) => ({ ...r, status: "DONE", snoozedUntil: null, snoozeExpired: false }), (ids) => actions.markDone({ conversationIds: ids }), `Done: ${plural(rows.length)}`, true);
  }, [actions, run, targets]);

  const pending = useCallback(() => {
    const rows = targets.filter((r) => r.status !== "PENDING");
    void run(rows, (r) => ({ ...r, status: "PENDING", snoozedUntil: null, snoozeExpired: false }), (ids) => actions.markPending({ conversationIds: ids }), `Pending: ${plural(rows.length)}`, true);
  }, [actions, run, targets]);

  const reopen = useCallback(() => {
    const rows = targets.filter((r) => r.status !== "OPEN");
    void run(rows, reopened, (ids) => actions.reopen({ conversationIds: ids }), `Reopened ${plural(rows.length)}`, false);
  }, [actions, run, targets]);

  const doneOrReopen = useCallback(() => (targets.length > 0 && targets.every((r) => r.status === "DONE") ? reopen() : done()), [done, reopen, targets]);

  const snooze = useCallback(
    async (when: { preset: SnoozePreset } | { until: string }) => {
      // Mornings depend on each client's time zone: the server says exactly when; until then any future time will do.
      const guess = "until" in when ? when.until : new Date(Date.now() + (when.preset === "3h" ? 3 : 1) * HOUR).toISOString();
      const label = "until" in when ? "until the time you picked" : { "1h": "for 1 hour", "3h": "for 3 hours", tomorrow: "until tomorrow 9:00", next_week: "until Monday 9:00" }[when.preset];
      const result = await run(targets, (r) => ({ ...r, status: "SNOOZED", snoozedUntil: guess, snoozeExpired: false }), (ids) => actions.snooze({ conversationIds: ids, when }), `Snoozed ${plural(targets.length)} ${label}`, true);
      if (result) list.applyChange(result.snoozed.map((s) => s.id), (r) => ({ ...r, snoozedUntil: result.snoozed.find((s) => s.id === r.id)?.until ?? r.snoozedUntil }));
    },
    [actions, list, run, targets],
  );

  const assign = useCallback(
    (assigneeId: string | null) => {
      const person = assignees.find((a) => a.id === assigneeId);
      const rows = targets.filter((r) => (r.assignee?.id ?? null) !== assigneeId);
      const message = person ? `Assigned ${plural(rows.length)} to ${person.name}` : `Unassigned ${plural(rows.length)}`;
      void run(rows, (r) => ({ ...r, assignee: person ? { id: person.id, name: person.name } : null }), (ids) => actions.assign({ conversationIds: ids, assigneeId }), message, false);
    },
    [actions, assignees, run, targets],
  );

  const tag = useCallback(
    async (change: { add?: string[]; remove?: string[] }) => {
      const add = change.add ?? [];
      const remove = change.remove ?? [];
      const known = (name: string) => tags.find((t) => t.name === name) ?? { id: `new:${name}`, name, color: "#64748b" };
      const update = (r: InboxRow): InboxRow => ({
        ...r,
        tags: [...r.tags.filter((t) => !remove.includes(t.name) && !add.includes(t.name)), ...add.map(known)].sort((a, b) => a.name.localeCompare(b.name)),
      });
      const message = add.length ? `Tagged ${plural(targets.length)} “${add.join(", ")}”` : `Removed “${remove.join(", ")}” from ${plural(targets.length)}`;
      const result = await run(targets, update, (ids) => actions.tag({ conversationIds: ids, add, remove }), message, false);
      if (result && result.tags.length) {
        setTags((current) => [...current.filter((t) => !result.tags.some((n) => n.id === t.id)), ...result.tags].sort((a, b) => a.name.localeCompare(b.name)));
        const real = new Map(result.tags.map((t) => [t.name, t]));
        list.applyChange(targets.map((t) => t.id), (r) => ({ ...r, tags: r.tags.map((t) => real.get(t.name) ?? t) }));
      }
    },
    [actions, list, run, setTags, tags, targets],
  );

  const undo = useCallback(() => {
    lastUndo.current?.();
    lastUndo.current = null;
    setToast(null);
  }, [setToast]);

  return { done, pending, reopen, doneOrReopen, snooze, assign, tag, undo };
}
