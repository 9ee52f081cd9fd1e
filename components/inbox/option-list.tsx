"use client";

import { Check } from "lucide-react";
import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

export type Option = { id: string; label: ReactNode; hint?: ReactNode; shortcut?: string; disabled?: boolean; checked?: boolean };

/**
 * A filterable list of choices driven from one text box (the ARIA combobox pattern): ↑/↓ move, Enter picks,
 * a listed shortcut key picks at once while the box is empty. Used by every picker.
 */
export function OptionList({
  options,
  onPick,
  placeholder,
  query,
  onQueryChange,
  label,
  footer,
  onSubmitQuery,
}: {
  options: Option[];
  onPick: (id: string) => void;
  placeholder: string;
  query: string;
  onQueryChange: (query: string) => void;
  label: string;
  footer?: ReactNode;
  /** Enter with no option highlighted (e.g. to create a tag from the typed text). */
  onSubmitQuery?: (query: string) => void;
}) {
  const id = useId();
  const enabled = options.filter((o) => !o.disabled);
  const [active, setActive] = useState(0);
  const activeOption = enabled[Math.min(active, enabled.length - 1)];

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || (event.key === "j" && event.ctrlKey)) {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, enabled.length - 1));
    } else if (event.key === "ArrowUp" || (event.key === "k" && event.ctrlKey)) {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (activeOption) onPick(activeOption.id);
      else if (query.trim() && onSubmitQuery) onSubmitQuery(query.trim());
    } else if (!query && !event.metaKey && !event.ctrlKey && !event.altKey) {
      const shortcut = enabled.find((o) => o.shortcut === event.key);
      if (shortcut) {
        event.preventDefault();
        onPick(shortcut.id);
      }
    }
  }

  return (
    <div className="grid">
      <input
        autoFocus
        role="combobox"
        aria-expanded
        aria-controls={`${id}-list`}
        aria-activedescendant={activeOption ? `${id}-${activeOption.id}` : undefined}
        aria-label={label}
        className="border-b bg-transparent px-4 py-2.5 text-sm outline-none placeholder:text-muted-foreground"
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          onQueryChange(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="max-h-72 overflow-y-auto p-1">
        {options.length === 0 && <li className="px-3 py-2 text-sm text-muted-foreground">Nothing matches.</li>}
        {options.map((option) => {
          const isActive = option === activeOption;
          return (
            <li
              key={option.id}
              id={`${id}-${option.id}`}
              role="option"
              aria-selected={isActive}
              aria-disabled={option.disabled || undefined}
              aria-checked={option.checked}
              onMouseMove={() => !option.disabled && setActive(enabled.indexOf(option))}
              onClick={() => !option.disabled && onPick(option.id)}
              className={cn(
                "flex cursor-pointer items-center gap-2 rounded-md px-3 py-1.5 text-sm",
                isActive && "bg-accent text-accent-foreground",
                option.disabled && "cursor-not-allowed opacity-50",
              )}
            >
              <span className="flex size-4 items-center justify-center">{option.checked ? <Check className="size-3.5" aria-hidden /> : null}</span>
              <span className="min-w-0 flex-1 truncate">{option.label}</span>
              {option.hint && <span className="truncate text-xs text-muted-foreground">{option.hint}</span>}
              {option.shortcut && <kbd className="rounded border bg-muted px-1.5 font-mono text-[11px] text-muted-foreground">{option.shortcut}</kbd>}
            </li>
          );
        })}
      </ul>
      {footer}
    </div>
  );
}
