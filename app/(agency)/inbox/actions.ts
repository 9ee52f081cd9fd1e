"use server";

import { z } from "zod";
import { assignConversations, assignConversationsSchema } from "@/lib/inbox/assign-conversations";
import { countInbox } from "@/lib/inbox/count-inbox";
import { getInboxOptions } from "@/lib/inbox/get-inbox-options";
import { inboxFiltersSchema } from "@/lib/inbox/inbox-filters";
import { listInbox, listInboxSchema } from "@/lib/inbox/list-inbox";
import { markConversationsDone, markConversationsDoneSchema } from "@/lib/inbox/mark-conversations-done";
import { reopenConversations, reopenConversationsSchema } from "@/lib/inbox/reopen-conversations";
import { snoozeConversations, snoozeConversationsSchema } from "@/lib/inbox/snooze-conversations";
import { tagConversations, tagConversationsSchema } from "@/lib/inbox/tag-conversations";
import { defineAction } from "@/lib/http/define-action";

// The inbox changes its list in place (no revalidation): each action returns what the browser needs to
// update its rows and counts, so triage never reloads the page.

const loadPage = defineAction("load inbox page", listInboxSchema, (actor, input) => listInbox(actor, input));
const counts = defineAction("count inbox", inboxFiltersSchema, (actor, filters) => countInbox(actor, filters));
const options = defineAction("inbox options", z.object({}), (actor) => getInboxOptions(actor));
const done = defineAction("mark done", markConversationsDoneSchema, (actor, input) => markConversationsDone(actor, input));
const reopen = defineAction("reopen", reopenConversationsSchema, (actor, input) => reopenConversations(actor, input));
const snooze = defineAction("snooze", snoozeConversationsSchema, (actor, input) => snoozeConversations(actor, input));
const assign = defineAction("assign", assignConversationsSchema, (actor, input) => assignConversations(actor, input));
const tag = defineAction("tag", tagConversationsSchema, (actor, input) => tagConversations(actor, input));

export async function loadInboxPageAction(input: unknown) {
  return loadPage(input);
}

export async function countInboxAction(input: unknown) {
  return counts(input);
}

export async function inboxOptionsAction() {
  return options({});
}

export async function markDoneAction(input: unknown) {
  return done(input);
}

export async function reopenAction(input: unknown) {
  return reopen(input);
}

export async function snoozeAction(input: unknown) {
  return snooze(input);
}

export async function assignAction(input: unknown) {
  return assign(input);
}

export async function tagAction(input: unknown) {
  return tag(input);
}
