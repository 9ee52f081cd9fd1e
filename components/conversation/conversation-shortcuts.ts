import type { Shortcut } from "@/components/inbox/shortcuts";

/** The conversation page's shortcuts, for its `?` dialog. The triage keys are the inbox list's own. */
export const CONVERSATION_SHORTCUTS: Shortcut[] = [
  { keys: ["j", "k"], label: "Next / previous post", group: "Move" },
  { keys: ["Esc"], label: "Back to the inbox", group: "Move" },
  { keys: ["r"], label: "Reply", group: "Write" },
  { keys: ["n"], label: "Note", group: "Write" },
  { keys: ["⌘/Ctrl+Enter"], label: "Send", group: "Write" },
  { keys: ["e"], label: "Done (reopen if done)", group: "Act" },
  { keys: ["p"], label: "Pending (waiting on the client or customer)", group: "Act" },
  { keys: ["a"], label: "Assign…", group: "Act" },
  { keys: ["i"], label: "Assign to me", group: "Act" },
  { keys: ["s"], label: "Snooze…", group: "Act" },
  { keys: ["t"], label: "Tag…", group: "Act" },
  { keys: ["?"], label: "Show these shortcuts", group: "Act" },
];
