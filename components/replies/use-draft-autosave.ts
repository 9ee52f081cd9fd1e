"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/http/action-result";

const AUTOSAVE_MS = 700;

export type SaveState = "idle" | "saving" | "saved" | "error";
type Snapshot = { text: string; flagged: boolean; replyTo: string };
type SaveAction = (input: unknown) => Promise<ActionResult<{ draftId: string; version: number }>>;

type Options = {
  conversationId: string;
  initial: { id: string | null; version: number };
  save: SaveAction;
  /** What the composer shows now; saved when the timer fires. */
  snapshot: Snapshot;
  onSaved: (draftId: string, isNew: boolean) => void;
  onError: (message: string) => void;
};

/**
 * Saves the draft as the author types: each change restarts a short timer; saves run one after another
 * so each carries the version the previous one returned (the server refuses a stale version). Sending
 * cancels the timer and saves at once.
 */
export function useDraftAutosave({ conversationId, initial, save, snapshot, onSaved, onError }: Options) {
  const [saveState, setSaveState] = useState<SaveState>(initial.id ? "saved" : "idle");
  const draft = useRef(initial);
  const latest = useRef({ snapshot, onSaved, onError });
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    latest.current = { snapshot, onSaved, onError };
  });

  const saveNow = useCallback((): Promise<void> => {
    chain.current = chain.current.then(async () => {
      const { snapshot: now, onSaved: saved, onError: failed } = latest.current;
      if (!draft.current.id && !now.text.trim()) return;
      setSaveState("saving");
      const result = await save({ conversationId, draftId: draft.current.id, text: now.text, flagged: now.flagged, inReplyToXId: now.replyTo, version: draft.current.version });
      if (!result.ok) {
        setSaveState("error");
        failed(result.error);
        return;
      }
      const isNew = draft.current.id !== result.data.draftId;
      draft.current = { id: result.data.draftId, version: result.data.version };
      setSaveState("saved");
      saved(result.data.draftId, isNew);
    });
    return chain.current;
  }, [conversationId, save]);

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const schedule = useCallback(() => {
    cancel();
    setSaveState((s) => (s === "saving" ? s : "idle"));
    timer.current = setTimeout(() => {
      timer.current = null;
      void saveNow();
    }, AUTOSAVE_MS);
  }, [cancel, saveNow]);

  /** Starts over with no draft (after one was sent). */
  const forget = useCallback(() => {
    cancel();
    draft.current = { id: null, version: 0 };
    setSaveState("idle");
  }, [cancel]);

  useEffect(() => cancel, [cancel]);

  return { draft, saveState, saveNow, schedule, cancel, forget };
}
