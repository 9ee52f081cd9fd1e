export type Shortcut = { keys: string[]; label: string; group: string };

/** Every inbox shortcut, in the order the help dialog lists them. */
export const SHORTCUTS: Shortcut[] = [
  { keys: ["j", "↓"], label: "Next conversation", group: "Move" },
  { keys: ["k", "↑"], label: "Previous conversation", group: "Move" },
  { keys: ["Enter", "o"], label: "Open conversation", group: "Move" },
  { keys: ["r"], label: "Open and reply", group: "Move" },
  { keys: ["."], label: "Show new items", group: "Move" },
  { keys: ["x"], label: "Select or unselect", group: "Act" },
  { keys: ["Shift+x"], label: "Select all loaded, or none", group: "Act" },
  { keys: ["e"], label: "Done (reopen if done)", group: "Act" },
  { keys: ["p"], label: "Pending (waiting on the client or customer)", group: "Act" },
  { keys: ["a"], label: "Assign…", group: "Act" },
  { keys: ["i"], label: "Assign to me", group: "Act" },
  { keys: ["s"], label: "Snooze…", group: "Act" },
  { keys: ["t"], label: "Tag…", group: "Act" },
  { keys: ["z"], label: "Undo done, pending or snooze", group: "Act" },
  { keys: ["Esc"], label: "Clear the selection", group: "Act" },
  { keys: ["/"], label: "Search", group: "Find" },
  { keys: ["1"], label: "Open", group: "Find" },
  { keys: ["2"], label: "Pending", group: "Find" },
  { keys: ["3"], label: "Snoozed", group: "Find" },
  { keys: ["4"], label: "Done", group: "Find" },
  { keys: ["?"], label: "Show these shortcuts", group: "Find" },
];
