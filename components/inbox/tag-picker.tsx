"use client";

import { useState } from "react";
import { InboxDialog } from "./inbox-dialog";
import { OptionList, type Option } from "./option-list";
import type { InboxTag } from "./types";

/**
 * Toggle tags on the selection: a tag every selected conversation has is checked (picking removes it);
 * typing a new name and pressing Enter creates the tag for the agency and adds it.
 */
export function TagPicker({
  open,
  onOpenChange,
  tags,
  onAll,
  count,
  onChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  tags: InboxTag[];
  /** Names of tags every selected conversation has. */
  onAll: Set<string>;
  count: number;
  onChange: (change: { add?: string[]; remove?: string[] }) => void;
}) {
  const [query, setQuery] = useState("");
  const q = query.trim().toLowerCase().replace(/\s+/g, " ");
  const matching = tags.filter((t) => !q || t.name.includes(q));
  const options: Option[] = matching.map((t) => ({ id: t.name, label: t.name, checked: onAll.has(t.name), hint: onAll.has(t.name) ? "remove" : undefined }));
  if (q && !tags.some((t) => t.name === q)) options.push({ id: `new:${q}`, label: `Create “${q}”`, hint: "new tag" });
  return (
    <InboxDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setQuery("");
        onOpenChange(next);
      }}
      title={count > 1 ? `Tag ${count} conversations` : "Tag conversation"}
      description="Pick a tag to add it, or a checked one to remove it. Type to create one."
    >
      <OptionList
        label="Tags"
        placeholder="Tag…"
        query={query}
        onQueryChange={setQuery}
        options={options}
        onSubmitQuery={(name) => onChange({ add: [name] })}
        onPick={(id) => {
          setQuery("");
          if (id.startsWith("new:")) onChange({ add: [id.slice(4)] });
          else onChange(onAll.has(id) ? { remove: [id] } : { add: [id] });
        }}
      />
    </InboxDialog>
  );
}
