"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

export const COMPOSER_ID = "reply-composer";
export const NOTE_INPUT_ID = "note-body";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function movePost(step: 1 | -1) {
  const posts = [...document.querySelectorAll<HTMLElement>("[data-thread-post]")];
  if (!posts.length) return;
  const current = posts.findIndex((p) => p === document.activeElement || p.contains(document.activeElement));
  const next = posts[current === -1 ? (step === 1 ? 0 : posts.length - 1) : Math.min(posts.length - 1, Math.max(0, current + step))];
  next?.focus();
  next?.scrollIntoView({ block: "nearest" });
}

/**
 * The conversation page's keys: r reply, n note, j/k next/previous post, Esc leaves a field or goes back to
 * the inbox. (Cmd/Ctrl+Enter sends from inside the composer; the triage keys e, p, a, i, s, t and ? live in
 * conversation-triage.tsx.) Keys typed into a field stay in the field.
 */
export function ConversationKeys() {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === "Escape") {
        // An open menu or dialog handles its own Escape first.
        if (document.querySelector("[data-escape-layer]")) return;
        if (isTyping(event.target)) {
          (event.target as HTMLElement).blur();
          return;
        }
        event.preventDefault();
        router.push("/inbox");
        return;
      }
      if (isTyping(event.target)) return;
      const focusField = (id: string) => {
        const field = document.getElementById(id);
        if (!(field instanceof HTMLTextAreaElement) || field.disabled) return;
        event.preventDefault();
        field.focus();
        field.setSelectionRange(field.value.length, field.value.length);
      };
      if (event.key === "r") focusField(COMPOSER_ID);
      else if (event.key === "n") focusField(NOTE_INPUT_ID);
      else if (event.key === "j") {
        event.preventDefault();
        movePost(1);
      } else if (event.key === "k") {
        event.preventDefault();
        movePost(-1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);
  return null;
}

export function ShortcutHints() {
  const keys: Array<[string, string]> = [
    ["r", "reply"],
    ["n", "note"],
    ["j / k", "next / previous post"],
    ["⌘/Ctrl + Enter", "send"],
    ["e", "done"],
    ["a", "assign"],
    ["t", "tag"],
    ["?", "all shortcuts"],
    ["Esc", "back to inbox"],
  ];
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted-foreground" aria-label="Keyboard shortcuts">
      {keys.map(([key, label]) => (
        <span key={key}>
          <kbd className="rounded border bg-muted px-1 font-mono text-[0.7rem]">{key}</kbd> {label}
        </span>
      ))}
    </p>
  );
}
