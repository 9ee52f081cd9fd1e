"use client";

import { useState } from "react";
import { InboxDialog } from "./inbox-dialog";
import { OptionList, type Option } from "./option-list";
import type { Assignee } from "./types";

/**
 * Who takes the selected conversations. Only teammates who work on every selected conversation's client
 * can be picked; the others are listed, dimmed, with the reason. Enter at once assigns to yourself.
 */
export function AssignPicker({
  open,
  onOpenChange,
  assignees,
  userId,
  clientIds,
  clientNames,
  anyAssigned,
  count,
  onAssign,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  assignees: Assignee[];
  userId: string;
  clientIds: string[];
  clientNames: Map<string, string>;
  anyAssigned: boolean;
  count: number;
  onAssign: (assigneeId: string | null) => void;
}) {
  const [query, setQuery] = useState("");
  const q = query.trim().toLowerCase();
  const options: Option[] = [];
  for (const person of assignees) {
    if (q && !person.name.toLowerCase().includes(q) && !(person.id === userId && "me".includes(q))) continue;
    const missing = person.clients === "all" ? [] : clientIds.filter((id) => !(person.clients as string[]).includes(id));
    options.push({
      id: person.id,
      label: person.id === userId ? `${person.name} (me)` : person.name,
      shortcut: person.id === userId ? "m" : undefined,
      disabled: missing.length > 0,
      hint: missing.length ? `not on ${missing.map((id) => clientNames.get(id) ?? "a client").join(", ")}` : undefined,
    });
  }
  if (anyAssigned && (!q || "unassign".includes(q))) options.push({ id: "none", label: "Unassign", shortcut: "u" });
  return (
    <InboxDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setQuery("");
        onOpenChange(next);
      }}
      title={count > 1 ? `Assign ${count} conversations` : "Assign conversation"}
      description="Type a name. m assigns to you, u unassigns."
    >
      <OptionList
        label="Teammates"
        placeholder="Assign to…"
        query={query}
        onQueryChange={setQuery}
        options={options}
        onPick={(id) => {
          setQuery("");
          onAssign(id === "none" ? null : id);
        }}
      />
    </InboxDialog>
  );
}
