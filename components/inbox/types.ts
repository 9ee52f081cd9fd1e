import type { ActionResult } from "@/lib/http/action-result";
import type { InboxCounts } from "@/lib/inbox/count-inbox";
import type { InboxFilters } from "@/lib/inbox/inbox-filters";
import type { InboxClientOption, InboxOptions } from "@/lib/inbox/get-inbox-options";
import type { InboxRow } from "@/lib/inbox/inbox-row";
import type { InboxPage } from "@/lib/inbox/list-inbox";
import type { Assignee } from "@/lib/inbox/list-assignees";
import type { InboxTag } from "@/lib/inbox/list-tags";
import type { SnoozePreset } from "@/lib/inbox/snooze-until";

export type { Assignee, InboxClientOption, InboxCounts, InboxFilters, InboxOptions, InboxPage, InboxRow, InboxTag, SnoozePreset };

/** The server actions the inbox calls (app/(agency)/inbox/actions.ts), passed in by the page. */
export type InboxActions = {
  loadPage: (input: { filters: InboxFilters; cursor?: string }) => Promise<ActionResult<InboxPage>>;
  count: (filters: InboxFilters) => Promise<ActionResult<InboxCounts>>;
  options: () => Promise<ActionResult<InboxOptions>>;
  markDone: (input: { conversationIds: string[] }) => Promise<ActionResult<{ changed: number }>>;
  markPending: (input: { conversationIds: string[] }) => Promise<ActionResult<{ changed: number }>>;
  reopen: (input: { conversationIds: string[] }) => Promise<ActionResult<{ changed: number }>>;
  snooze: (input: { conversationIds: string[]; when: { preset: SnoozePreset } | { until: string } }) => Promise<ActionResult<{ changed: number; snoozed: { id: string; until: string }[] }>>;
  assign: (input: { conversationIds: string[]; assigneeId: string | null }) => Promise<ActionResult<{ changed: number }>>;
  tag: (input: { conversationIds: string[]; add?: string[]; remove?: string[] }) => Promise<ActionResult<{ changed: number; tags: InboxTag[] }>>;
};
