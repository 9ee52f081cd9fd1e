import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { ConversationStatus } from "@/lib/db/generated/enums";
import { businessHoursSchema } from "@/lib/sla/business-hours";
import { addBusinessMillis } from "@/lib/sla/business-time";
import { uuid7 } from "@/lib/sync/uuid7";
import type { TestTenant } from "./create-tenant";

export type ConversationSpec = {
  /** "a" or "b" for the tenant's clients, or any client id of the tenant. */
  client: "a" | "b" | (string & {});
  /** The connected account's username; created on first use. Default: one account per client. */
  account?: string;
  text?: string;
  kind?: "MENTION" | "REPLY" | "QUOTE";
  status?: ConversationStatus;
  snoozedUntil?: Date | null;
  /** When the newest inbound item arrived. Default: now. */
  lastInboundAt?: Date;
  /** The oldest unanswered item; default lastInboundAt. Null: the brand has the last word (no SLA). */
  awaitingSince?: Date | null;
  /** Default: awaitingSince + the client's SLA in its business hours, as the sync computes it. */
  slaDueAt?: Date | null;
  assigneeId?: string | null;
  tags?: string[];
  hasDraft?: boolean;
  author?: { username?: string; name?: string; followers?: number };
};

export type CreatedConversation = { id: string; clientId: string; accountId: string; authorId: string; slaDueAt: Date | null; spec: ConversationSpec };

const snowflake = () => `${1_900_000_000_000_000_000n + BigInt(randomInt(0, 2 ** 47)) * 1000n + BigInt(randomInt(0, 1000))}`;

function clientIdOf(tenant: TestTenant, client: ConversationSpec["client"]): string {
  return client === "a" ? tenant.clients.a.id : client === "b" ? tenant.clients.b.id : client;
}

/** Connected accounts by username, created for the client on first use (another tenant's names never collide). */
export async function ensureAccounts(tenant: TestTenant, wanted: { clientId: string; username: string }[]): Promise<Map<string, string>> {
  const unique = [...new Map(wanted.map((w) => [w.username, w])).values()];
  if (unique.length) {
    await db.$executeRawUnsafe(
      // next_sync_at far ahead: a sync worker running against the same database leaves these token-less
      // accounts alone (it would otherwise mark them as needing reconnection).
      `INSERT INTO x_accounts (id, agency_id, client_id, x_user_id, username, name, next_sync_at, updated_at)
       SELECT gen_random_uuid(), $1::uuid, c, 'acct-' || u || '-' || $1::text, u, u, '2999-01-01', now()
       FROM unnest($2::uuid[], $3::text[]) AS x(c, u)
       ON CONFLICT (agency_id, x_user_id) DO NOTHING`,
      tenant.agencyId,
      unique.map((w) => w.clientId),
      unique.map((w) => w.username),
    );
  }
  const rows = await db.xAccount.findMany({ where: { agencyId: tenant.agencyId }, select: { id: true, username: true } });
  return new Map(rows.map((r) => [r.username, r.id]));
}

/**
 * Conversations with one inbound post each, written set-based the way the sync stores them (x_users, then
 * conversations, then posts), with sla_due_at computed from the client's hours unless the spec gives one.
 */
export async function createConversations(tenant: TestTenant, specs: ConversationSpec[], now = new Date()): Promise<CreatedConversation[]> {
  const tag = randomUUID().slice(0, 6);
  const clients = new Map(
    (await db.client.findMany({ where: { agencyId: tenant.agencyId }, select: { id: true, name: true, timezone: true, businessHours: true, slaMinutes: true } })).map((c) => [c.id, c]),
  );
  const resolved = specs.map((spec) => {
    const clientId = clientIdOf(tenant, spec.client);
    const client = clients.get(clientId);
    if (!client) throw new Error(`client ${clientId} is not in this tenant`);
    return { spec, clientId, client, username: spec.account ?? `brand_${client.name.split(" ")[1]?.toLowerCase() ?? "x"}_${tenant.agencyId.slice(0, 8)}` };
  });
  const accounts = await ensureAccounts(tenant, resolved.map((r) => ({ clientId: r.clientId, username: r.username })));

  const rows = resolved.map(({ spec, clientId, client, username }, index) => {
    const lastInboundAt = spec.lastInboundAt ?? new Date(now.getTime() - index * 1000);
    const awaitingSince = spec.awaitingSince === undefined ? lastInboundAt : spec.awaitingSince;
    const slaDueAt =
      spec.slaDueAt !== undefined
        ? spec.slaDueAt
        : awaitingSince
          ? addBusinessMillis(awaitingSince, client.slaMinutes * 60_000, businessHoursSchema.parse(client.businessHours), client.timezone)
          : null;
    const authorId = `9${String(randomInt(0, 1e9)).padStart(9, "0")}${String(index).padStart(9, "0")}`;
    return {
      id: uuid7(lastInboundAt.getTime()),
      spec,
      clientId,
      accountId: accounts.get(username) as string,
      authorId,
      authorUsername: spec.author?.username ?? `fan_${tag}_${index}`,
      authorName: spec.author?.name ?? `Fan ${tag} ${index}`,
      followers: spec.author?.followers ?? 100 + index,
      xId: snowflake(),
      text: spec.text ?? `@${username} hello from ${tag} #${index}`,
      kind: spec.kind ?? "MENTION",
      status: spec.status ?? "OPEN",
      snoozedUntil: spec.snoozedUntil ?? null,
      lastInboundAt,
      awaitingSince,
      slaDueAt,
      assigneeId: spec.assigneeId ?? null,
      hasDraft: spec.hasDraft ?? false,
    };
  });
  if (rows.length === 0) return [];

  await db.$executeRawUnsafe(
    `INSERT INTO x_users (id, username, name, followers_count) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) ON CONFLICT (id) DO NOTHING`,
    rows.map((r) => r.authorId),
    rows.map((r) => r.authorUsername),
    rows.map((r) => r.authorName),
    rows.map((r) => r.followers),
  );
  await db.$executeRawUnsafe(
    `INSERT INTO conversations (id, agency_id, client_id, account_id, x_conversation_id, author_id, status, snoozed_until, assignee_id, latest_kind,
       latest_inbound_text, first_inbound_at, last_inbound_at, awaiting_since, sla_due_at, inbound_count, has_draft, done_at, updated_at)
     SELECT id, $1::uuid, client_id, account_id, x_id, author_id, status::"ConversationStatus", snoozed_until, assignee_id, kind::"PostKind",
       text, last_at, last_at, awaiting, due, 1, has_draft, CASE WHEN status = 'DONE' THEN now() END, now()
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::uuid[], $10::text[], $11::text[],
                 $12::timestamptz[], $13::timestamptz[], $14::timestamptz[], $15::boolean[])
       AS x(id, client_id, account_id, x_id, author_id, status, snoozed_until, assignee_id, kind, text, last_at, awaiting, due, has_draft)`,
    tenant.agencyId,
    rows.map((r) => r.id),
    rows.map((r) => r.clientId),
    rows.map((r) => r.accountId),
    rows.map((r) => r.xId),
    rows.map((r) => r.authorId),
    rows.map((r) => r.status),
    rows.map((r) => r.snoozedUntil),
    rows.map((r) => r.assigneeId),
    rows.map((r) => r.kind),
    rows.map((r) => r.text),
    rows.map((r) => r.lastInboundAt),
    rows.map((r) => r.awaitingSince),
    rows.map((r) => r.slaDueAt),
    rows.map((r) => r.hasDraft),
  );
  await db.$executeRawUnsafe(
    `INSERT INTO posts (id, agency_id, client_id, account_id, x_id, conversation_id, x_conversation_id, author_id, kind, inbound, text, posted_at)
     SELECT gen_random_uuid(), $1::uuid, client_id, account_id, x_id, id, x_id, author_id, kind::"PostKind", true, text, posted_at
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
       AS x(id, client_id, account_id, x_id, author_id, kind, text, posted_at)`,
    tenant.agencyId,
    rows.map((r) => r.id),
    rows.map((r) => r.clientId),
    rows.map((r) => r.accountId),
    rows.map((r) => r.xId),
    rows.map((r) => r.authorId),
    rows.map((r) => r.kind),
    rows.map((r) => r.text),
    rows.map((r) => r.lastInboundAt),
  );

  const tagged = rows.flatMap((r) => (r.spec.tags ?? []).map((name) => ({ conversationId: r.id, name })));
  if (tagged.length) {
    const names = [...new Set(tagged.map((t) => t.name))];
    await db.tag.createMany({ data: names.map((name) => ({ agencyId: tenant.agencyId, name })), skipDuplicates: true });
    const tags = new Map((await db.tag.findMany({ where: { agencyId: tenant.agencyId, name: { in: names } } })).map((t) => [t.name, t.id]));
    await db.conversationTag.createMany({ data: tagged.map((t) => ({ conversationId: t.conversationId, tagId: tags.get(t.name) as string })), skipDuplicates: true });
  }
  return rows.map((r) => ({ id: r.id, clientId: r.clientId, accountId: r.accountId, authorId: r.authorId, slaDueAt: r.slaDueAt, spec: r.spec }));
}

/** Another client of the tenant with its own time zone, hours and SLA (for ordering across zones). */
export async function createClient(
  tenant: TestTenant,
  input: { name: string; timezone: string; hours: Record<string, { start: string; end: string }[]>; slaMinutes: number },
): Promise<{ id: string; name: string }> {
  const full = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...input.hours };
  return db.client.create({
    data: { agencyId: tenant.agencyId, name: `${input.name} ${randomUUID().slice(0, 6)}`, timezone: input.timezone, businessHours: businessHoursSchema.parse(full), slaMinutes: input.slaMinutes },
    select: { id: true, name: true },
  });
}
