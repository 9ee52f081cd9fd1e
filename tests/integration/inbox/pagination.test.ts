import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { InboxSort } from "@/lib/inbox/inbox-filters";
import { listInbox } from "@/lib/inbox/list-inbox";
import { markConversationsDone } from "@/lib/inbox/mark-conversations-done";
import { actorFor } from "../../factories/actor-for";
import { createClient, createConversations } from "../../factories/create-conversations";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { ALWAYS_OPEN, MIN, outcome } from "./helpers";

const NOW = new Date("2026-12-02T12:00:00Z");
let tenant: TestTenant;
let admin: Actor;
let always: string;

beforeAll(async () => {
  tenant = await createTenant("inbox-pages");
  admin = await actorFor(tenant.users.admin);
  always = (await createClient(tenant, { name: "Always", timezone: "UTC", hours: ALWAYS_OPEN, slaMinutes: 60 })).id;
});

/** Reads every page, running `between` after each one (new items arriving, someone else triaging). */
async function readAll(sort: InboxSort, filters: { client?: string }, between: (page: number, lastId: string) => Promise<void>) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await listInbox(admin, { filters: { sort, ...filters }, cursor, limit: 7 }, NOW);
    seen.push(...result.rows.map((r) => r.id));
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
    await between(page, result.rows.at(-1)!.id);
  }
  return seen;
}

describe("keyset pagination", () => {
  it("SLA order: no gaps or repeats while items arrive and leave between pages, ties included", async () => {
    // Client A is open on Mondays only: everything received this week is due at the same instant
    // (Monday 10:00), so the order within the tie is the age (awaiting since), across page boundaries; ids
    // follow lastInboundAt, and these waits run against it, so a cursor without the age would skip or repeat.
    // A few in the tie share their awaiting time too: then the id decides.
    const tied = await createConversations(
      tenant,
      Array.from({ length: 12 }, (_, i) => ({ client: "a" as const, lastInboundAt: new Date(NOW.getTime() - (100 - i) * MIN), awaitingSince: new Date(NOW.getTime() - (300 + Math.floor(i / 3) * 10) * MIN) })),
      NOW,
    );
    const dated = await createConversations(tenant, Array.from({ length: 12 }, (_, i) => ({ client: always, lastInboundAt: new Date(NOW.getTime() - (50 - i) * MIN) })), NOW);
    const undated = await createConversations(tenant, Array.from({ length: 5 }, (_, i) => ({ client: always, lastInboundAt: new Date(NOW.getTime() - (30 - i) * MIN), awaitingSince: null })), NOW);
    // Waiting without a due time (none computed yet): after the dated rows, oldest first, before the answered.
    const waitingUndated = await createConversations(
      tenant,
      Array.from({ length: 4 }, (_, i) => ({ client: always, lastInboundAt: new Date(NOW.getTime() - (40 - i) * MIN), awaitingSince: new Date(NOW.getTime() - (45 + (i % 2)) * MIN), slaDueAt: null })),
      NOW,
    );
    // A due time without an awaiting time (no sync writes that, but the order must still hold), tied with client A.
    const dueNotWaiting = await createConversations(tenant, [{ client: "a", lastInboundAt: new Date(NOW.getTime() - 95 * MIN), awaitingSince: null, slaDueAt: tied[0]!.slaDueAt }], NOW);
    const initial = [...dated, ...tied, ...undated, ...waitingUndated, ...dueNotWaiting].map((c) => c.id);
    const arrivedLater: string[] = [];
    let doneMeanwhile: string | undefined;

    const seen = await readAll("sla", {}, async (page) => {
      if (page === 0) {
        // Due before the cursor (already passed: the "N new" bar shows them) and after it (read in a later page).
        const before = await createConversations(tenant, [{ client: always, lastInboundAt: new Date(NOW.getTime() - 200 * MIN) }], NOW);
        const after = await createConversations(tenant, [{ client: always, lastInboundAt: new Date(NOW.getTime() - 10 * MIN) }], NOW);
        const undatedLate = await createConversations(tenant, [{ client: always, lastInboundAt: NOW, awaitingSince: null }], NOW);
        arrivedLater.push(after[0]!.id, undatedLate[0]!.id);
        expect(before).toHaveLength(1);
      }
      if (page === 1) {
        doneMeanwhile = tied[1]!.id;
        await markConversationsDone(admin, { conversationIds: [doneMeanwhile] });
      }
    });

    expect(new Set(seen).size).toBe(seen.length);
    const expected = [...initial.filter((id) => id !== doneMeanwhile), ...arrivedLater];
    expect([...seen].sort()).toEqual([...expected].sort());
    // In order: dated rows by (due, awaiting since, id), then undated the same way.
    const { rows } = await listInbox(admin, { filters: { sort: "sla" }, limit: 100 }, NOW);
    expect(seen).toEqual(rows.map((r) => r.id).filter((id) => seen.includes(id)));
    const key = (r: (typeof rows)[number]) => [r.sla.dueAt ?? "~", r.awaitingSince ?? "~", r.id].join(" ");
    expect(rows.map(key)).toEqual(rows.map(key).sort());
    const tiedOrder = rows.filter((r) => tied.some((t) => t.id === r.id) || r.id === dueNotWaiting[0]!.id).map((r) => r.id);
    expect(tiedOrder.at(-1)).toBe(dueNotWaiting[0]!.id);
    expect(tiedOrder.slice(0, 3)).toEqual(tied.slice(9, 12).map((t) => t.id));
  });

  it("newest first: items arriving on top never push rows into later pages twice", async () => {
    const client = (await createClient(tenant, { name: "Newest", timezone: "UTC", hours: ALWAYS_OPEN, slaMinutes: 60 })).id;
    const first = await createConversations(tenant, Array.from({ length: 20 }, (_, i) => ({ client, lastInboundAt: new Date(NOW.getTime() - (i % 5) * MIN) })), NOW);
    const seen = await readAll("newest", { client }, async () => {
      await createConversations(tenant, [{ client, lastInboundAt: NOW }], NOW);
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(first.map((c) => c.id).sort());
  });

  it("oldest first reads everything once", async () => {
    const client = (await createClient(tenant, { name: "Oldest", timezone: "UTC", hours: ALWAYS_OPEN, slaMinutes: 60 })).id;
    const made = await createConversations(tenant, Array.from({ length: 16 }, (_, i) => ({ client, lastInboundAt: new Date(NOW.getTime() - (i % 3) * MIN) })), NOW);
    const seen = await readAll("oldest", { client }, async () => {});
    expect(seen).toHaveLength(16);
    expect([...seen].sort()).toEqual(made.map((c) => c.id).sort());
  });

  it("refuses a cursor it did not make, or one made for another order", async () => {
    const { nextCursor } = await listInbox(admin, { filters: { sort: "sla" }, limit: 1 }, NOW);
    expect(nextCursor).toBeTruthy();
    expect(await outcome(() => listInbox(admin, { filters: { sort: "newest" }, cursor: nextCursor! }, NOW))).toBe("validation");
    expect(await outcome(() => listInbox(admin, { filters: {}, cursor: "not-a-cursor" }, NOW))).toBe("validation");
    expect(await outcome(() => listInbox(admin, { filters: {}, cursor: Buffer.from('{"v":1,"s":"sla","k":"x","i":"y"}').toString("base64url") }, NOW))).toBe("validation");
  });
});
