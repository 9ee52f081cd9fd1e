import type { InboxCursor } from "./inbox-cursor";
import type { InboxFilters, InboxSort } from "./inbox-filters";

// The inbox list as one SQL statement, built here (pure) so the benchmark can run the very same text as
// its raw-SQL floor. Shape, chosen with EXPLAIN ANALYZE on 1M mentions (bench/inbox):
// - One branch per stored status the view covers ("open" = OPEN + SNOOZED whose time has passed), each an
//   ordered index scan bounded by the keyset row comparison and LIMIT, so no branch reads more than a page.
//   Postgres 15 cannot merge the order of `status = ANY(…)` out of one index; separate branches can.
// - SLA order is (sla_due_at, awaiting_since, id), each ascending with NULLS LAST (the index's own order):
//   due time, then age (oldest waiting first; business hours make many items due at the same opening
//   minute), then id. After a cursor, more branches read the rows a row comparison cannot reach (it is
//   never true across a NULL): those without a due time, and any without an awaiting time.
// - A staff member assigned to a few clients gets one branch per client on (client_id, status, …): scanning
//   the agency's index and filtering by client would read most of the agency to fill a page.
// - Joins for display happen after the LIMIT, on the page's rows only. Client hours and tag names come from
//   display-cache.ts, not from this statement (they made up half its time).

export type InboxScope = {
  agencyId: string;
  /** Clients whose conversations may appear (already the actor's scope ∩ the URL filter); null: every client. */
  clientIds: readonly string[] | null;
  /** The person looking: for "assigned to me" and to leave them out of "also viewing". */
  userId: string;
};

export type InboxQuery = { text: string; values: unknown[] };

/** Up to this many clients, one branch per client beats filtering the agency-wide scan. */
export const PER_CLIENT_BRANCHES_MAX = 24;
/** Someone is "on it" when their presence was seen this recently. */
export const PRESENCE_WINDOW_SECONDS = 30;

class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

type StatusBranch = { status: "OPEN" | "PENDING" | "SNOOZED" | "DONE"; snoozed?: "expired" | "active" };

/** The stored statuses behind a view. Snoozes that have run out count as open until something touches them. */
export function statusBranches(status: InboxFilters["status"]): StatusBranch[] {
  switch (status) {
    case "open":
      return [{ status: "OPEN" }, { status: "SNOOZED", snoozed: "expired" }];
    case "pending":
      return [{ status: "PENDING" }];
    case "snoozed":
      return [{ status: "SNOOZED", snoozed: "active" }];
    case "done":
      return [{ status: "DONE" }];
    case "all":
      return [{ status: "OPEN" }, { status: "PENDING" }, { status: "SNOOZED" }, { status: "DONE" }];
  }
}

/** `%` and `_` typed into the search box are literal characters, not wildcards. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** Conditions every branch shares: the tenant, archived clients, and the filters other than status. */
function filterConditions(p: Params, scope: InboxScope, filters: InboxFilters, now: string, agency: string): string[] {
  const where: string[] = [
    `c.last_inbound_at IS NOT NULL`,
    `c.client_id NOT IN (SELECT ac.id FROM clients ac WHERE ac.agency_id = ${agency} AND ac.archived_at IS NOT NULL)`,
  ];
  if (filters.account) where.push(`c.account_id = ${p.add(filters.account, "uuid")}`);
  if (filters.assignee === "me") where.push(`c.assignee_id = ${p.add(scope.userId, "uuid")}`);
  else if (filters.assignee === "unassigned") where.push(`c.assignee_id IS NULL`);
  else if (filters.assignee !== "anyone") where.push(`c.assignee_id = ${p.add(filters.assignee, "uuid")}`);
  if (filters.kind) where.push(`c.latest_kind = ${p.add(filters.kind.toUpperCase(), `"PostKind"`)}`);
  if (filters.draft) where.push(`c.has_draft`);
  if (filters.breached) where.push(`c.sla_due_at < ${now}`);
  if (filters.tag) {
    // tag_ids mirrors conversation_tags (trigger), so this is a key in the status/search/tags GIN index.
    where.push(`c.tag_ids @> ARRAY[(SELECT t.id FROM tags t WHERE t.agency_id = ${agency} AND t.name = ${p.add(filters.tag, "text")})]`);
  }
  if (filters.q) {
    // search_text (kept by triggers) holds the newest inbound text and the author's handle and name, so one
    // trigram index answers "text or author" without a join across every tenant's people.
    where.push(`c.search_text ILIKE ${p.add(likePattern(filters.q.replace(/^@/, "")), "text")}`);
  }
  // Dates are local to each conversation's client. The coarse UTC bounds (zones span UTC-12..UTC+14) let
  // the time-ordered indexes bound the scan; the exact test reads the client's zone.
  const from = filters.from ? p.add(filters.from, "date") : null;
  const to = filters.to ? p.add(filters.to, "date") : null;
  const localDays = (column: string, clientId: string): string[] => {
    const zone = `(SELECT tz.timezone FROM clients tz WHERE tz.id = ${clientId})`;
    const bounds: string[] = [];
    if (from) bounds.push(`${column} >= ${from} - interval '14 hours'`, `${column} >= (${from}::timestamp AT TIME ZONE ${zone})`);
    if (to) bounds.push(`${column} < ${to} + interval '1 day 12 hours'`, `${column} < ((${to} + 1)::timestamp AT TIME ZONE ${zone})`);
    return bounds;
  };
  if (filters.unanswered) {
    // The reports' definition (lib/metrics/definitions.ts, as lib/metrics/rollup-sql.ts computes it): an inbound
    // item needed an answer unless a brand account wrote it or it is a bare repost; the brand answered it by
    // replying to it, or later in its X conversation other than continuing its own thread. Only this view
    // pays for the probes (indexes on posts by conversation, by reply target and by X conversation).
    const brand = `ARRAY(SELECT o.x_user_id FROM x_accounts o WHERE o.client_id = c.client_id)`;
    const item = [
      `i.conversation_id = c.id`,
      `i.inbound`,
      `i.reposted_x_id IS NULL`,
      `NOT i.author_id = ANY (${brand})`,
      ...localDays("i.posted_at", "c.client_id"),
      `NOT EXISTS (SELECT 1 FROM posts r WHERE r.account_id = i.account_id AND r.in_reply_to_x_id = i.x_id AND r.kind = 'OWN_REPLY')`,
      `NOT EXISTS (SELECT 1 FROM posts r WHERE r.account_id = i.account_id AND r.x_conversation_id = i.x_conversation_id AND r.kind = 'OWN_REPLY'
        AND r.in_reply_to_x_id IS NOT NULL AND (r.in_reply_to_user_id IS NULL OR NOT r.in_reply_to_user_id = ANY (${brand}))
        AND (length(r.in_reply_to_x_id), r.in_reply_to_x_id) > (length(i.x_id), i.x_id))`,
    ];
    // An item on or after `from` means the newest inbound item is too: a cheap test before the probes.
    if (from) where.push(`c.last_inbound_at >= ${from} - interval '14 hours'`);
    where.push(`EXISTS (SELECT 1 FROM posts i WHERE ${item.join("\n        AND ")})`);
  } else {
    where.push(...localDays("c.last_inbound_at", "c.client_id"));
  }
  return where;
}

function statusCondition(branch: StatusBranch, now: string): string {
  const parts = [`c.status = '${branch.status}'`];
  if (branch.snoozed === "expired") parts.push(`c.snoozed_until <= ${now}`);
  if (branch.snoozed === "active") parts.push(`c.snoozed_until > ${now}`);
  return parts.join(" AND ");
}

const BRANCH_COLUMNS = `c.id, c.client_id, c.account_id, c.author_id, c.status, c.snoozed_until, c.assignee_id, c.latest_kind,
  c.latest_inbound_text, c.last_inbound_at, c.awaiting_since, c.sla_due_at, c.inbound_count, c.has_draft, c.tag_ids`;

const ORDER: Record<InboxSort, { branch: string; outer: string }> = {
  sla: { branch: "c.sla_due_at, c.awaiting_since, c.id", outer: "b.sla_due_at NULLS LAST, b.awaiting_since NULLS LAST, b.id" },
  newest: { branch: "c.last_inbound_at DESC, c.id", outer: "b.last_inbound_at DESC, b.id" },
  oldest: { branch: "c.last_inbound_at, c.id DESC", outer: "b.last_inbound_at, b.id DESC" },
};

/**
 * SLA order after a cursor, as disjoint index range scans in order: the rest of the cursor's group, then the
 * groups after it. (sla_due_at, awaiting_since, id) ascending, NULLS LAST, is the index order, so a first
 * page is one ordered scan. The sync sets a due time only with an awaiting time, so the phases for a due
 * time without one are normally empty: a single index probe each. Breached rows are all dated.
 */
function slaPhases(p: Params, cursor: InboxCursor | null, breachedOnly: boolean): string[] {
  if (!cursor) return ["TRUE"];
  const id = p.add(cursor.id, "uuid");
  const since = cursor.since === null ? null : p.add(cursor.since, "timestamptz");
  const undated = breachedOnly ? [] : ["c.sla_due_at IS NULL"];
  if (cursor.key !== null) {
    const due = p.add(cursor.key, "timestamptz");
    if (since !== null) {
      // A row comparison is decided by the first unequal pair, so rows due later are in whatever their
      // awaiting time; only rows due at the same instant without one need their own phase.
      // The plain bound changes no rows (the row comparison implies it); it is for the planner, which
      // estimates a row comparison by its first column over every status (most done rows have no due
      // time): it expected ~40 of a client's ~190 open rows after a deep cursor, fewer than a page, and
      // chose a bitmap scan and sort of all of them. With both bounds it expects few rows and walks the
      // index in order, stopping at the LIMIT (a third of the buffers for a staff member on 20 clients).
      // The row comparison stays first: the scan starts from it, not from the top of the due minute.
      return [`(c.sla_due_at, c.awaiting_since, c.id) > (${due}, ${since}, ${id}) AND c.sla_due_at >= ${due}`, `c.sla_due_at = ${due} AND c.awaiting_since IS NULL`, ...undated];
    }
    return [`c.sla_due_at = ${due} AND c.awaiting_since IS NULL AND c.id > ${id}`, `c.sla_due_at > ${due}`, ...undated];
  }
  if (breachedOnly) return [];
  if (since !== null) return [`c.sla_due_at IS NULL AND (c.awaiting_since, c.id) > (${since}, ${id}) AND c.awaiting_since >= ${since}`, "c.sla_due_at IS NULL AND c.awaiting_since IS NULL"];
  return [`c.sla_due_at IS NULL AND c.awaiting_since IS NULL AND c.id > ${id}`];
}

/** The keyset phases of a sort: each a condition on the sort columns (after the cursor, if any). */
function keysetPhases(p: Params, sort: InboxSort, cursor: InboxCursor | null, breachedOnly: boolean): string[] {
  if (sort === "sla") return slaPhases(p, cursor, breachedOnly);
  if (!cursor || cursor.key === null) return ["TRUE"];
  const key = p.add(cursor.key, "timestamptz");
  const id = p.add(cursor.id, "uuid");
  // Mixed directions cannot be one row comparison; the index still bounds the scan on the timestamp.
  return sort === "newest"
    ? [`c.last_inbound_at <= ${key} AND (c.last_inbound_at < ${key} OR c.id > ${id})`]
    : [`c.last_inbound_at >= ${key} AND (c.last_inbound_at > ${key} OR c.id < ${id})`];
}

/**
 * Where the rows come from: one branch per client (a short list, or the one client of an account filter,
 * found in SQL so the URL need not name the client) or the agency-wide index, filtered to a long list.
 */
function tenantSource(p: Params, scope: InboxScope, filters: InboxFilters, agency: string): { clientList: string | null; where: string[] } {
  if (filters.account) {
    const inScope = scope.clientIds ? ` AND xa.client_id = ANY (${p.add(scope.clientIds, "uuid[]")})` : "";
    return {
      clientList: `ARRAY(SELECT xa.client_id FROM x_accounts xa WHERE xa.id = ${p.add(filters.account, "uuid")} AND xa.agency_id = ${agency}${inScope})`,
      where: [],
    };
  }
  if (scope.clientIds && scope.clientIds.length <= PER_CLIENT_BRANCHES_MAX) return { clientList: p.add(scope.clientIds, "uuid[]"), where: [] };
  if (scope.clientIds) return { clientList: null, where: [`c.client_id = ANY (${p.add(scope.clientIds, "uuid[]")})`] };
  return { clientList: null, where: [] };
}

/** Rows of one page of the inbox, in order, with what each row shows. `limit` rows at most. */
export function buildInboxQuery(input: { scope: InboxScope; filters: InboxFilters; cursor: InboxCursor | null; limit: number; now: Date }): InboxQuery {
  const { scope, filters, cursor, limit, now: nowDate } = input;
  const p = new Params();
  const agency = p.add(scope.agencyId, "uuid");
  const now = p.add(nowDate.toISOString(), "timestamptz");
  const limitSql = p.add(limit, "int");
  const source = tenantSource(p, scope, filters, agency);
  const shared = filterConditions(p, scope, filters, now, agency);
  const order = ORDER[filters.sort];
  const tenant = source.clientList ? [`c.client_id = s.client_id`, `c.agency_id = ${agency}`] : [`c.agency_id = ${agency}`, ...source.where];

  const branches: string[] = [];
  for (const phase of keysetPhases(p, filters.sort, cursor, filters.breached)) {
    for (const status of statusBranches(filters.status)) {
      const where = [...tenant, statusCondition(status, now), phase, ...shared].join("\n      AND ");
      const scan = `SELECT ${BRANCH_COLUMNS} FROM conversations c\n    WHERE ${where}\n    ORDER BY ${order.branch} LIMIT ${limitSql}`;
      branches.push(source.clientList ? `(SELECT c.* FROM unnest(${source.clientList}) AS s(client_id) CROSS JOIN LATERAL (${scan}) c)` : `(${scan})`);
    }
  }
  if (branches.length === 0) branches.push(`(SELECT ${BRANCH_COLUMNS} FROM conversations c WHERE FALSE)`);

  const presenceWindow = p.add(PRESENCE_WINDOW_SECONDS, "int");
  const text = `SELECT b.id, b.status, b.snoozed_until, b.latest_kind, b.latest_inbound_text, b.last_inbound_at, b.awaiting_since,
  b.sla_due_at, b.inbound_count, b.has_draft, b.tag_ids,
  cl.id AS client_id, cl.name AS client_name, cl.color AS client_color, cl.timezone AS client_timezone,
  cl.sla_minutes AS client_sla_minutes, cl.updated_at AS client_updated_at,
  a.id AS account_id, a.username AS account_username, a.status AS account_status,
  u.id AS author_id, u.name AS author_name, u.username AS author_username, u.followers_count AS author_followers,
  u.profile_image_url AS author_avatar, u.verified AS author_verified,
  asg.id AS assignee_id, asg.name AS assignee_name,
  (SELECT coalesce(json_agg(json_build_object('id', pu.id, 'name', pu.name, 'drafting', pr.drafting) ORDER BY pu.name), '[]'::json)
     FROM presences pr JOIN users pu ON pu.id = pr.user_id
     WHERE pr.conversation_id = b.id AND pr.user_id <> ${p.add(scope.userId, "uuid")}
       AND pr.seen_at > ${now} - make_interval(secs => ${presenceWindow})) AS viewers
FROM (
  SELECT * FROM (
    ${branches.join("\n    UNION ALL\n    ")}
  ) b ORDER BY ${order.outer} LIMIT ${limitSql}
) b
JOIN clients cl ON cl.id = b.client_id
JOIN x_accounts a ON a.id = b.account_id
LEFT JOIN x_users u ON u.id = b.author_id
LEFT JOIN users asg ON asg.id = b.assignee_id
ORDER BY ${order.outer}`;
  return { text, values: p.values };
}

/** The views whose sizes the status tabs show. "all" has no count: it would only add up the others. */
export const COUNTED_STATUSES = ["open", "pending", "snoozed", "done"] as const;
export type CountedStatus = (typeof COUNTED_STATUSES)[number];

/**
 * How many conversations each status view holds under the other filters, counting at most `cap` + 1 rows per
 * view: "200+" needs no exact figure, and an exact count of a large agency's done pile would read it all.
 */
export function buildInboxCountQuery(input: { scope: InboxScope; filters: InboxFilters; now: Date; cap: number }): InboxQuery {
  const { scope, filters, now: nowDate, cap } = input;
  const p = new Params();
  const agency = p.add(scope.agencyId, "uuid");
  const now = p.add(nowDate.toISOString(), "timestamptz");
  const capSql = p.add(cap + 1, "int");
  const source = tenantSource(p, scope, filters, agency);
  const shared = filterConditions(p, scope, filters, now, agency);
  const tenant = source.clientList ? [`c.client_id = ANY (${source.clientList})`, `c.agency_id = ${agency}`] : [`c.agency_id = ${agency}`, ...source.where];
  const counts = COUNTED_STATUSES.map((status) => {
    const branches = statusBranches(status);
    const statusSql = `c.status IN (${branches.map((b) => `'${b.status}'`).join(", ")}) AND (${branches.map((b) => `(${statusCondition(b, now)})`).join(" OR ")})`;
    const where = [...tenant, statusSql, ...shared].join(" AND ");
    return `(SELECT count(*)::int FROM (SELECT 1 FROM conversations c WHERE ${where} LIMIT ${capSql}) x) AS ${status}`;
  });
  return { text: `SELECT ${counts.join(",\n  ")}`, values: p.values };
}
