"use client";

import { MessageSquareText, Search } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { renderSavedReply, type ReplyVariables } from "@/lib/saved-replies/render-saved-reply";

export type PickerReply = { id: string; title: string; body: string; clientName: string | null };

type Props = {
  replies: PickerReply[];
  variables: ReplyVariables;
  onPick: (text: string) => void;
  onClose: () => void;
};

/** A searchable list of saved replies; arrows move, Enter inserts it with its variables filled, Esc closes. */
export function SavedReplyPicker({ replies, variables, onPick, onClose }: Props) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const q = query.trim().toLowerCase();
  const shown = replies.filter((r) => !q || r.title.toLowerCase().includes(q) || r.body.toLowerCase().includes(q)).slice(0, 8);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  useEffect(() => input.current?.focus(), []);

  const choose = (reply: PickerReply | undefined) => {
    if (reply) onPick(renderSavedReply(reply.body, variables));
  };

  return (
    <div data-escape-layer role="dialog" aria-label="Saved replies" className="absolute bottom-full left-0 right-0 z-30 mb-2 rounded-lg border bg-card p-2 shadow-lg">
      <div className="relative">
        <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted-foreground" aria-hidden />
        <Input
          ref={input}
          value={query}
          placeholder="Search saved replies…"
          aria-label="Search saved replies"
          role="combobox"
          aria-expanded
          aria-controls={listId}
          aria-activedescendant={shown[current] ? `${listId}-${shown[current].id}` : undefined}
          className="pl-8"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              if (shown.length) setActive((current + (e.key === "ArrowDown" ? 1 : shown.length - 1)) % shown.length);
            } else if (e.key === "Enter") {
              e.preventDefault();
              choose(shown[current]);
            } else if (e.key === "Escape") {
              e.preventDefault();
              e.stopPropagation();
              onClose();
            }
          }}
          onBlur={(e) => {
            if (!e.currentTarget.closest("[role=dialog]")?.contains(e.relatedTarget as Node | null)) onClose();
          }}
        />
      </div>
      {shown.length === 0 ? (
        <p className="px-2 py-3 text-sm text-muted-foreground">{replies.length ? "No saved reply matches." : "No saved replies yet. Account managers add them in Settings → Saved replies."}</p>
      ) : (
        <ul id={listId} role="listbox" aria-label="Saved replies" className="mt-2 grid max-h-72 gap-0.5 overflow-y-auto">
          {shown.map((reply, i) => (
            <li
              key={reply.id}
              id={`${listId}-${reply.id}`}
              role="option"
              aria-selected={i === current}
              className={`cursor-pointer rounded-md px-2 py-1.5 text-sm ${i === current ? "bg-accent text-accent-foreground" : "hover:bg-muted"}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(reply);
              }}
            >
              <span className="flex items-center gap-1.5 font-medium">
                <MessageSquareText className="size-3.5" aria-hidden /> {reply.title}
                {reply.clientName && <span className="text-xs font-normal text-muted-foreground">· {reply.clientName}</span>}
              </span>
              <span className="line-clamp-1 text-xs text-muted-foreground">{renderSavedReply(reply.body, variables)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
