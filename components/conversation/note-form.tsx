"use client";

import { useActionState, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import type { ActionResult } from "@/lib/http/action-result";
import { NOTE_INPUT_ID } from "./conversation-keys";

type Teammate = { id: string; name: string };
type Result = ActionResult<{ noteId: string; mentioned: string[] }>;

/** The "@partial" being typed right before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([\p{L}\p{N}_'. -]{0,30})$/u.exec(before);
  if (!match || match[2] === undefined) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

/** A note with @mentions: typing @ offers teammates; choosing one inserts "@Full Name", which the server resolves. */
export function NoteForm({ teammates, action }: { teammates: Teammate[]; action: (form: FormData) => Promise<Result> }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [text, setText] = useState("");
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const [state, formAction, pending] = useActionState<Result | null, FormData>(async (_prev, form) => {
    const result = await action(form);
    if (result.ok) {
      setText("");
      setMention(null);
    }
    return result;
  }, null);
  const options = mention ? teammates.filter((t) => t.name.toLowerCase().includes(mention.query.trim().toLowerCase())).slice(0, 6) : [];

  const pick = (person: Teammate) => {
    if (!mention) return;
    const caret = ref.current?.selectionStart ?? text.length;
    const next = `${text.slice(0, mention.start)}@${person.name} ${text.slice(caret)}`;
    setText(next);
    setMention(null);
    requestAnimationFrame(() => {
      const pos = mention.start + person.name.length + 2;
      ref.current?.focus();
      ref.current?.setSelectionRange(pos, pos);
    });
  };

  return (
    <form ref={formRef} action={formAction} className="relative grid gap-2" aria-label="Add a note">
      {state && !state.ok && <Alert>{state.error}</Alert>}
      {state?.ok && state.data.mentioned.length > 0 && (
        <p role="status" className="text-xs text-success">
          Note added; {state.data.mentioned.length === 1 ? "your teammate was" : `${state.data.mentioned.length} teammates were`} notified.
        </p>
      )}
      <label htmlFor={NOTE_INPUT_ID} className="sr-only">
        Note
      </label>
      <Textarea
        ref={ref}
        id={NOTE_INPUT_ID}
        name="body"
        rows={2}
        value={text}
        placeholder="Add a note… (@ to mention)"
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls="mention-options"
        aria-autocomplete="list"
        onChange={(e) => {
          setText(e.target.value);
          setMention(mentionQuery(e.target.value, e.target.selectionStart));
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (options.length) {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              setActive((a) => (a + (e.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
              return;
            }
            if (e.key === "Enter" || e.key === "Tab") {
              const person = options[active];
              if (person) {
                e.preventDefault();
                pick(person);
                return;
              }
            }
            if (e.key === "Escape") {
              e.preventDefault();
              e.stopPropagation();
              setMention(null);
              return;
            }
          }
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            formRef.current?.requestSubmit();
          }
        }}
      />
      {options.length > 0 && (
        <ul id="mention-options" role="listbox" aria-label="Teammates" data-escape-layer className="absolute left-0 right-0 top-full z-20 mt-1 overflow-hidden rounded-md border bg-card shadow-md">
          {options.map((person, i) => (
            <li
              key={person.id}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-accent text-accent-foreground" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(person);
              }}
            >
              @{person.name}
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button type="submit" size="sm" variant="secondary" disabled={pending || !text.trim()}>
          {pending ? "Adding…" : "Add note"}
        </Button>
      </div>
    </form>
  );
}
