"use client";

import { useEffect, useRef } from "react";

/** A handler returns false to leave the key to the browser (e.g. Enter on a focused link follows it). */
export type KeyHandlers = Partial<Record<string, (event: KeyboardEvent) => unknown>>;

/** True while the person is typing somewhere (search, a picker, a date field), where letters are text. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return Boolean(target.closest('input:not([type="checkbox"]), textarea, select, [contenteditable="true"], [role="dialog"]'));
}

/**
 * The inbox's single-key shortcuts, on the document so they work wherever focus is in the page, except while
 * typing, inside a dialog (which owns its keys), or with a modifier (browser and screen-reader shortcuts).
 * Keys are matched as typed: "?" and "X" (Shift+x) arrive as such.
 */
export function useInboxKeys(handlers: KeyHandlers, enabled: boolean): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  }, [handlers]);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || event.isComposing) return;
      if (isTyping(event.target)) return;
      const handler = current.current[event.key];
      if (!handler) return;
      if (handler(event) === false) return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
