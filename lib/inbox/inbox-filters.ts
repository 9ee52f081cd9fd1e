import { z } from "zod";
import { isUuid } from "@/lib/ids";

// The inbox's filters, as they live in the URL (so a filtered view can be linked, reloaded and shared).
// Pure: the page, the client components and the use cases all read and write the same shape.

export const INBOX_STATUSES = ["open", "pending", "snoozed", "done", "all"] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

export const INBOX_SORTS = ["sla", "newest", "oldest"] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export const INBOX_KINDS = ["mention", "reply", "quote"] as const;

/** Status counts stop at this: "200+" says "a lot" as well as an exact figure would, at a fraction of the reading. */
export const INBOX_COUNT_CAP = 200;
export type InboxKind = (typeof INBOX_KINDS)[number];

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (value: string) => LOCAL_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export const inboxFiltersSchema = z.object({
  status: z.enum(INBOX_STATUSES).default("open"),
  sort: z.enum(INBOX_SORTS).default("sla"),
  client: z.string().refine(isUuid, "Unknown client").optional(),
  account: z.string().refine(isUuid, "Unknown account").optional(),
  /** "anyone", "me", "unassigned", or a teammate's user id. */
  assignee: z.union([z.enum(["anyone", "me", "unassigned"]), z.string().refine(isUuid, "Unknown teammate")]).default("anyone"),
  tag: z.string().trim().min(1).max(50).optional(),
  kind: z.enum(INBOX_KINDS).optional(),
  draft: z.boolean().default(false),
  breached: z.boolean().default(false),
  /**
   * Conversations holding an inbound item that needed an answer and has none (lib/metrics/definitions.ts), the
   * reports' "unanswered". With it, from/to bound those items' own days instead of the newest inbound item.
   */
  unanswered: z.boolean().default(false),
  q: z.string().trim().min(1).max(200).optional(),
  /** Local dates (YYYY-MM-DD, in each conversation's client's time zone) bounding the newest inbound item (or the unanswered items); inclusive. */
  from: z.string().refine(isRealDate, "Use a date like 2026-11-30").optional(),
  to: z.string().refine(isRealDate, "Use a date like 2026-11-30").optional(),
});

export type InboxFilters = z.output<typeof inboxFiltersSchema>;

export const DEFAULT_FILTERS: InboxFilters = inboxFiltersSchema.parse({});

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: SearchParamsLike, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Filters from URL search parameters. Lenient on purpose: a hand-edited or outdated link drops the
 * parameters it cannot use instead of failing the whole page.
 */
export function parseInboxFilters(params: SearchParamsLike): InboxFilters {
  const raw: Record<string, unknown> = {
    status: read(params, "status"),
    sort: read(params, "sort"),
    client: read(params, "client"),
    account: read(params, "account"),
    assignee: read(params, "assignee"),
    tag: read(params, "tag"),
    kind: read(params, "kind"),
    draft: read(params, "draft") === "1" || read(params, "draft") === "true",
    breached: read(params, "sla") === "breached",
    unanswered: read(params, "unanswered") === "1" || read(params, "unanswered") === "true",
    q: read(params, "q"),
    from: read(params, "from"),
    to: read(params, "to"),
  };
  const filters: Record<string, unknown> = {};
  const shape = inboxFiltersSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const value = raw[key] === "" ? undefined : raw[key];
    const parsed = shape[key].safeParse(value);
    if (parsed.success) filters[key] = parsed.data;
  }
  return inboxFiltersSchema.parse(filters);
}

/** The URL search string for filters; defaults are left out so links stay short. */
export function inboxSearchParams(filters: Partial<InboxFilters>): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | undefined, fallback?: string) => {
    if (value !== undefined && value !== "" && value !== fallback) params.set(name, value);
  };
  set("q", filters.q);
  set("status", filters.status, "open");
  set("client", filters.client);
  set("account", filters.account);
  set("assignee", filters.assignee, "anyone");
  set("tag", filters.tag);
  set("kind", filters.kind);
  if (filters.draft) params.set("draft", "1");
  if (filters.breached) params.set("sla", "breached");
  if (filters.unanswered) params.set("unanswered", "1");
  set("from", filters.from);
  set("to", filters.to);
  set("sort", filters.sort, "sla");
  return params;
}

export function inboxHref(filters: Partial<InboxFilters>): string {
  const search = inboxSearchParams(filters).toString();
  return search ? `/inbox?${search}` : "/inbox";
}

/** True when anything narrows the list beyond its status (used to word empty states). */
export function isNarrowed(filters: InboxFilters): boolean {
  return Boolean(filters.client || filters.account || filters.assignee !== "anyone" || filters.tag || filters.kind || filters.draft || filters.breached || filters.unanswered || filters.q || filters.from || filters.to);
}
