"use client";

import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";

const POLL_MS = 3_000;
const HEARTBEAT_MS = 10_000;

export type LiveViewer = { userId: string; name: string; drafting: boolean };
export type LiveDraft = {
  id: string;
  status: string;
  version: number;
  failureCode: string | null;
  failureMessage: string | null;
  decision: { decision: "APPROVED" | "REJECTED"; comment: string; by: string; at: string } | null;
};
export type LiveSnapshot = {
  viewers: LiveViewer[];
  draft: LiveDraft | null;
  conversation: { status: string; lastResponseAt: string | null; ownReplyCount: number; postCount: number; noteCount: number; latestPostAt: string | null };
};

type LiveValue = {
  live: LiveSnapshot | null;
  /** The post a new reply answers (X id); thread buttons change it. */
  replyTo: string;
  setReplyTo: (xId: string) => void;
  /** The composer reports whether its author is writing, for others' collision indicators. */
  setDrafting: (drafting: boolean) => void;
  /** The draft whose fate the poll reports (approval decisions, sends). */
  trackDraft: (draftId: string | null) => void;
  /** Ask for a poll now (after an action). */
  pollNow: () => void;
  /** Called with every snapshot as it arrives; returns the unsubscribe. */
  subscribe: (listener: (snapshot: LiveSnapshot) => void) => () => void;
};

const LiveContext = createContext<LiveValue | null>(null);

export function useLive(): LiveValue {
  const value = useContext(LiveContext);
  if (!value) throw new Error("useLive outside LiveProvider");
  return value;
}

type Props = {
  conversationId: string;
  defaultReplyTo: string;
  initial: { postCount: number; noteCount: number; ownReplyCount: number; status: string };
  children: ReactNode;
};

/**
 * The conversation page's live link: polls who else is here, the tracked draft and the thread's counters
 * every 3 s (paused while the tab is hidden), beats presence every 10 s, and refreshes the server-rendered
 * thread when posts or notes arrive or the status changes. Closing the page says goodbye with a beacon.
 */
export function LiveProvider({ conversationId, defaultReplyTo, initial, children }: Props) {
  const router = useRouter();
  const [live, setLive] = useState<LiveSnapshot | null>(null);
  const [replyTo, setReplyTo] = useState(defaultReplyTo);
  const drafting = useRef(false);
  const draftId = useRef<string | null>(null);
  const seen = useRef(initial);
  const [tick, setTick] = useState(0);
  const listeners = useRef(new Set<(snapshot: LiveSnapshot) => void>());
  const base = `/api/conversations/${conversationId}`;

  const beat = useCallback(() => {
    void fetch(`${base}/presence`, { method: "POST", body: JSON.stringify({ drafting: drafting.current }), keepalive: true }).catch(() => undefined);
  }, [base]);

  const setDrafting = useCallback(
    (next: boolean) => {
      if (drafting.current === next) return;
      drafting.current = next;
      beat();
    },
    [beat],
  );
  const trackDraft = useCallback((id: string | null) => {
    draftId.current = id;
  }, []);
  const pollNow = useCallback(() => setTick((t) => t + 1), []);
  const subscribe = useCallback((listener: (snapshot: LiveSnapshot) => void) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      if (document.visibilityState === "hidden") return;
      try {
        const query = draftId.current ? `?draftId=${draftId.current}` : "";
        const res = await fetch(`${base}/live${query}`, { cache: "no-store" });
        if (!res.ok || stopped) return;
        const snapshot = (await res.json()) as LiveSnapshot;
        setLive(snapshot);
        for (const listener of listeners.current) listener(snapshot);
        const { postCount, noteCount, ownReplyCount, status } = snapshot.conversation;
        const before = seen.current;
        if (postCount !== before.postCount || noteCount !== before.noteCount || ownReplyCount !== before.ownReplyCount || status !== before.status) {
          seen.current = { postCount, noteCount, ownReplyCount, status };
          router.refresh();
        }
      } catch {
        // Offline for a moment: the next poll catches up.
      }
    };
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [base, router, tick]);

  useEffect(() => {
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    const leave = () => navigator.sendBeacon(`${base}/presence`, JSON.stringify({ leaving: true }));
    const onVisible = () => {
      if (document.visibilityState === "visible") {
        beat();
        pollNow();
      }
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", onVisible);
      leave();
    };
  }, [base, beat, pollNow]);

  const value = useMemo(() => ({ live, replyTo, setReplyTo, setDrafting, trackDraft, pollNow, subscribe }), [live, replyTo, setDrafting, trackDraft, pollNow, subscribe]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
