import type { ConversationStatus, PostKind, XAccountStatus } from "@/lib/db/generated/enums";
import type { BusinessHours } from "@/lib/sla/business-hours";
import type { InboxKind } from "./inbox-filters";
import { type RowSla, rowSla } from "./row-sla";

/** One conversation as the inbox list shows it. Plain JSON (instants as ISO strings): it crosses to the browser. */
export type InboxRow = {
  id: string;
  status: ConversationStatus;
  /** True for a snooze whose time has passed: the conversation is back in "open". */
  snoozeExpired: boolean;
  snoozedUntil: string | null;
  client: { id: string; name: string; color: string };
  account: { id: string; username: string; status: XAccountStatus };
  author: { id: string; name: string; username: string; followers: number; avatarUrl: string | null; verified: boolean } | null;
  text: string;
  kind: InboxKind | null;
  lastInboundAt: string;
  awaitingSince: string | null;
  inboundCount: number;
  sla: RowSla;
  assignee: { id: string; name: string } | null;
  tags: { id: string; name: string; color: string }[];
  hasDraft: boolean;
  /** Teammates other than the viewer with the conversation open in the last moments. */
  viewers: { id: string; name: string; drafting: boolean }[];
};

/** A row as the list query returns it (see build-inbox-query.ts). */
export type RawInboxRow = {
  id: string;
  status: ConversationStatus;
  snoozed_until: Date | null;
  latest_kind: PostKind | null;
  latest_inbound_text: string | null;
  last_inbound_at: Date;
  awaiting_since: Date | null;
  sla_due_at: Date | null;
  inbound_count: number;
  has_draft: boolean;
  client_id: string;
  client_name: string;
  client_color: string;
  client_timezone: string;
  client_sla_minutes: number;
  client_updated_at: Date;
  account_id: string;
  account_username: string;
  account_status: XAccountStatus;
  author_id: string | null;
  author_name: string | null;
  author_username: string | null;
  author_followers: number | null;
  author_avatar: string | null;
  author_verified: boolean | null;
  assignee_id: string | null;
  assignee_name: string | null;
  tag_ids: string[] | null;
  viewers: { id: string; name: string; drafting: boolean }[];
};

const KINDS: Partial<Record<PostKind, InboxKind>> = { MENTION: "mention", REPLY: "reply", QUOTE: "quote" };

type Tag = { id: string; name: string; color: string };

export function toInboxRow(raw: RawInboxRow, now: Date, hoursOf: (clientId: string) => BusinessHours | null, tagOf: (id: string) => Tag | undefined): InboxRow {
  const hours = hoursOf(raw.client_id);
  // A client saved before hours were validated cannot be judged in business time: show the due time only.
  const sla: RowSla = hours
    ? rowSla({ dueAt: raw.sla_due_at, now, slaMinutes: raw.client_sla_minutes, hours, timeZone: raw.client_timezone })
    : { status: raw.sla_due_at ? (raw.sla_due_at < now ? "breached" : "on_track") : "none", dueAt: raw.sla_due_at?.toISOString() ?? null, businessMillisLeft: null };
  return {
    id: raw.id,
    status: raw.status,
    snoozeExpired: raw.status === "SNOOZED" && raw.snoozed_until !== null && raw.snoozed_until <= now,
    snoozedUntil: raw.snoozed_until?.toISOString() ?? null,
    client: { id: raw.client_id, name: raw.client_name, color: raw.client_color },
    account: { id: raw.account_id, username: raw.account_username, status: raw.account_status },
    author:
      raw.author_id && raw.author_username
        ? {
            id: raw.author_id,
            name: raw.author_name ?? raw.author_username,
            username: raw.author_username,
            followers: raw.author_followers ?? 0,
            avatarUrl: raw.author_avatar,
            verified: raw.author_verified ?? false,
          }
        : null,
    text: raw.latest_inbound_text ?? "",
    kind: raw.latest_kind ? (KINDS[raw.latest_kind] ?? null) : null,
    lastInboundAt: raw.last_inbound_at.toISOString(),
    awaitingSince: raw.awaiting_since?.toISOString() ?? null,
    inboundCount: raw.inbound_count,
    sla,
    assignee: raw.assignee_id && raw.assignee_name ? { id: raw.assignee_id, name: raw.assignee_name } : null,
    tags: (raw.tag_ids ?? [])
      .map(tagOf)
      .filter((t): t is Tag => t !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name)),
    hasDraft: raw.has_draft,
    viewers: raw.viewers,
  };
}
