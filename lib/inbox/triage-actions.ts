import { defineAction } from "@/lib/http/define-action";
import { assignConversations, assignConversationsSchema } from "./assign-conversations";
import { markConversationsDone, markConversationsDoneSchema } from "./mark-conversations-done";
import { markConversationsPending, markConversationsPendingSchema } from "./mark-conversations-pending";
import { reopenConversations, reopenConversationsSchema } from "./reopen-conversations";
import { snoozeConversations, snoozeConversationsSchema } from "./snooze-conversations";
import { tagConversations, tagConversationsSchema } from "./tag-conversations";

/** Triage as server actions (authenticated, validated, errors mapped): the inbox list and the conversation page share them. */
export const triageActions = {
  done: defineAction("mark done", markConversationsDoneSchema, (actor, input) => markConversationsDone(actor, input)),
  pending: defineAction("mark pending", markConversationsPendingSchema, (actor, input) => markConversationsPending(actor, input)),
  reopen: defineAction("reopen", reopenConversationsSchema, (actor, input) => reopenConversations(actor, input)),
  snooze: defineAction("snooze", snoozeConversationsSchema, (actor, input) => snoozeConversations(actor, input)),
  assign: defineAction("assign", assignConversationsSchema, (actor, input) => assignConversations(actor, input)),
  tag: defineAction("tag", tagConversationsSchema, (actor, input) => tagConversations(actor, input)),
};
