"use server";

import { z } from "zod";
import { countInbox } from "@/lib/inbox/count-inbox";
import { getInboxOptions } from "@/lib/inbox/get-inbox-options";
import { inboxFiltersSchema } from "@/lib/inbox/inbox-filters";
import { listInbox, listInboxSchema } from "@/lib/inbox/list-inbox";
import { defineAction } from "@/lib/http/define-action";
import { triageActions } from "@/lib/inbox/triage-actions";

// The inbox changes its list in place (no revalidation): each action returns what the browser needs to
// update its rows and counts, so triage never reloads the page.

const loadPage = defineAction("load inbox page", listInboxSchema, (actor, input) => listInbox(actor, input));
const counts = defineAction("count inbox", inboxFiltersSchema, (actor, filters) => countInbox(actor, filters));
const options = defineAction("inbox options", z.object({}), (actor) => getInboxOptions(actor));

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
  return triageActions.done(input);
}

export async function markPendingAction(input: unknown) {
  return triageActions.pending(input);
}

export async function reopenAction(input: unknown) {
  return triageActions.reopen(input);
}

export async function snoozeAction(input: unknown) {
  return triageActions.snooze(input);
}

export async function assignAction(input: unknown) {
  return triageActions.assign(input);
}

export async function tagAction(input: unknown) {
  return triageActions.tag(input);
}
