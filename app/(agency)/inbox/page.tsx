import type { Metadata } from "next";
import { Suspense } from "react";
import { InboxError } from "@/components/inbox/inbox-error";
import { InboxSkeleton } from "@/components/inbox/inbox-skeleton";
import { InboxView } from "@/components/inbox/inbox-view";
import { MentionsStrip } from "@/components/inbox/mentions-strip";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/session";
import { countInbox } from "@/lib/inbox/count-inbox";
import { type InboxFilters, inboxSearchParams, parseInboxFilters } from "@/lib/inbox/inbox-filters";
import { getSelectedOptions } from "@/lib/inbox/get-inbox-options";
import { INBOX_FIRST_PAINT_ROWS, listInbox } from "@/lib/inbox/list-inbox";
import { errorFields, log, newRequestId } from "@/lib/log/logger";
import { listUnreadMentions } from "@/lib/notes/list-unread-mentions";
import { assignAction, countInboxAction, inboxOptionsAction, loadInboxPageAction, markDoneAction, markPendingAction, reopenAction, snoozeAction, tagAction } from "./actions";

export const metadata: Metadata = { title: "Inbox" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const actions = {
  loadPage: loadInboxPageAction,
  count: countInboxAction,
  options: inboxOptionsAction,
  markDone: markDoneAction,
  markPending: markPendingAction,
  reopen: reopenAction,
  snooze: snoozeAction,
  assign: assignAction,
  tag: tagAction,
};

export default async function InboxPage({ searchParams }: PageProps) {
  // Access is decided before anything streams, so "not found" stays a real 404. (No loading.tsx here: it
  // would also wrap /inbox/[conversationId] and turn that page's 404s into 200s.)
  const actor = await requirePermission("inbox.view");
  const filters = parseInboxFilters(await searchParams);
  return (
    <Suspense fallback={<InboxSkeleton />}>
      <InboxData actor={actor} filters={filters} />
    </Suspense>
  );
}

async function InboxData({ actor, filters }: { actor: Actor; filters: InboxFilters }) {
  const renderedAt = new Date();
  let data;
  try {
    data = await Promise.all([
      listInbox(actor, { filters, limit: INBOX_FIRST_PAINT_ROWS }, renderedAt),
      countInbox(actor, filters, renderedAt),
      getSelectedOptions(actor, filters),
      listUnreadMentions(actor, 10),
    ]);
  } catch (error) {
    const reference = newRequestId();
    log.error("inbox page failed", { requestId: reference, ...errorFields(error) });
    return <InboxError reference={reference} />;
  }
  const [page, counts, { options, hasAccounts }, mentions] = data;
  return (
    <InboxView
      // A new URL is a new list: selection, cursor and pages start over.
      key={inboxSearchParams(filters).toString()}
      filters={filters}
      page={page}
      counts={counts}
      options={options}
      hasAccounts={hasAccounts}
      userId={actor.userId}
      renderedAt={renderedAt.toISOString()}
      actions={actions}
      mentions={<MentionsStrip mentions={mentions} now={renderedAt} />}
    />
  );
}
