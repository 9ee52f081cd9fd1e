import type { InboxCursor } from "./inbox-cursor";
import type { InboxFilters, InboxSort } from "./inbox-filters";

// The inbox list as one SQL statement, built here (pure) so the benchmark can run the very same text as
// its raw-SQL floor. Shape, chosen with EXPLAIN ANALYZE on 1M mentions (bench/inbox):
// - One branch per stored status the view covers ("open" = OPEN + SNOOZED whose time has passed), each an
//   ordered index scan bounded by the keyset row comparison and LIMIT, so no branch reads more than a page.
//   Postgres 15 cannot merge the order of `status = ANY(…)` out of one index; separate branches can.
// - SLA order is (sla_due_at ASC NULLS LAST, id): a second set of branches reads the rows without a due
//   time once the dated ones run out (a row comparison with NULL is never true, so they need their own).
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
  if (filters.from) {
    const from = p.add(filters.from, "date");
    where.push(`c.last_inbound_at >= ${from} - interval '14 hours'`);
    where.push(`c.last_inbound_at >= (${from}::timestamp AT TIME ZONE (SELECT tz.timezone FROM clients tz WHERE tz.id = c.client_id))`);
  }
  if (filters.to) {
    const to = p.add(filters.to, "date");
    where.push(`c.last_inbound_at < ${to} + interval '1 day 12 hours'`);
    where.push(`c.last_inbound_at < ((${to} + 1)::timestamp AT TIME ZONE (SELECT tz.timezone FROM clients tz WHERE tz.id = c.client_id))`);
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
  sla: { branch: "c.sla_due_at, c.id", outer: "b.sla_due_at NULLS LAST, b.id" },
  newest: { branch: "c.last_inbound_at DESC, c.id", outer: "b.last_inbound_at DESC, b.id" },
  oldest: { branch: "c.last_inbound_at, c.id DESC", outer: "b.last_inbound_at, b.id DESC" },
};

/** The keyset phases of a sort: each a condition on the sort columns (after the cursor, if any). */
function keysetPhases(p: Params, sort: InboxSort, cursor: InboxCursor | null, breachedOnly: boolean): string[] {
  if (sort === "sla") {
    // (sla_due_at, id) ascending is the index order, NULLS LAST included: a first page is one ordered scan.
    if (!cursor) return ["TRUE"];
    // After a cursor, dated rows first, then undated (a row comparison with NULL is never true, so they need
    // their own scan); a cursor in the undated part skips the dated phase. Breached rows are all dated.
    const undated = breachedOnly ? [] : [cursor.key === null ? `c.sla_due_at IS NULL AND c.id > ${p.add(cursor.id, "uuid")}` : `c.sla_due_at IS NULL`];
    if (cursor.key === null) return undated;
    const dated = `(c.sla_due_at, c.id) > (${p.add(cursor.key, "timestamptz")}, ${p.add(cursor.id, "uuid")})`;
    return [dated, ...undated];
  }
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
