import { beforeAll, describe, expect, it } from "vitest";
import { listInbox } from "@/lib/inbox/list-inbox";
import { businessHoursSchema } from "@/lib/sla/business-hours";
import { slaState } from "@/lib/sla/sla-state";
import { actorFor } from "../../factories/actor-for";
import { createClient, createConversations, type CreatedConversation } from "../../factories/create-conversations";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { ALWAYS_OPEN, WEEKDAYS_9_17 } from "./helpers";

// Wednesday 2 December 2026, 12:00 UTC: 21:00 in Tokyo (closed), 07:00 in New York (not yet open).
const NOW = new Date("2026-12-02T12:00:00Z");

let tenant: TestTenant;
let made: Record<string, CreatedConversation>;
let clients: Record<string, { id: string; timezone: string; hours: typeof WEEKDAYS_9_17 | typeof ALWAYS_OPEN; sla: number }>;

beforeAll(async () => {
  tenant = await createTenant("inbox-sla");
  const tokyo = await createClient(tenant, { name: "Tokyo", timezone: "Asia/Tokyo", hours: WEEKDAYS_9_17, slaMinutes: 60 });
  const newYork = await createClient(tenant, { name: "New York", timezone: "America/New_York", hours: WEEKDAYS_9_17, slaMinutes: 60 });
  const london = await createClient(tenant, { name: "London", timezone: "Europe/London", hours: ALWAYS_OPEN, slaMinutes: 240 });
  clients = {
    tokyo: { id: tokyo.id, timezone: "Asia/Tokyo", hours: WEEKDAYS_9_17, sla: 60 },
    newYork: { id: newYork.id, timezone: "America/New_York", hours: WEEKDAYS_9_17, sla: 60 },
    london: { id: london.id, timezone: "Europe/London", hours: ALWAYS_OPEN, sla: 240 },
  };
  const specs = {
    // 08:00 in Tokyo, before opening: due 10:00 JST = 01:00Z. Long overdue by now.
    tokyoEarly: { client: tokyo.id, lastInboundAt: new Date("2026-12-01T23:00:00Z"), text: "tokyo early" },
    // 16:30 in Tokyo: 30 minutes today, 30 tomorrow from 09:00 JST = Thu 00:30Z.
    tokyoLate: { client: tokyo.id, lastInboundAt: new Date("2026-12-02T07:30:00Z"), text: "tokyo late" },
    // Always open, 4 h: due 14:50Z.
    london: { client: london.id, lastInboundAt: new Date("2026-12-02T10:50:00Z"), text: "london" },
    // Always open, 4 h, received 08:30Z: due 12:30Z, 30 min (12.5%) left: due soon.
    londonSoon: { client: london.id, lastInboundAt: new Date("2026-12-02T08:30:00Z"), text: "london soon" },
    // 06:30 in New York, before opening: due 10:00 EST = 15:00Z.
    newYork: { client: newYork.id, lastInboundAt: new Date("2026-12-02T11:30:00Z"), text: "new york" },
    // Answered (the brand had the last word): no due time, sorts last.
    answered: { client: london.id, lastInboundAt: new Date("2026-12-02T11:59:00Z"), awaitingSince: null, text: "answered" },
  };
  const rows = await createConversations(tenant, Object.values(specs), NOW);
  made = Object.fromEntries(Object.keys(specs).map((key, i) => [key, rows[i] as CreatedConversation]));
});

describe("SLA urgency across clients, business hours and time zones", () => {
  it("orders by the first-response due time in each client's business hours, not by age", async () => {
    const actor = await actorFor(tenant.users.admin);
    const { rows } = await listInbox(actor, { filters: { status: "open", sort: "sla" } }, NOW);
    expect(rows.map((r) => r.text)).toEqual(["tokyo early", "london soon", "london", "new york", "tokyo late", "answered"]);
    expect(rows.map((r) => r.sla.dueAt)).toEqual([
      "2026-12-02T01:00:00.000Z",
      "2026-12-02T12:30:00.000Z",
      "2026-12-02T14:50:00.000Z",
      "2026-12-02T15:00:00.000Z",
      "2026-12-03T00:30:00.000Z",
      null,
    ]);
  });

  it("shows the same SLA state lib/sla's slaState computes from scratch", async () => {
    const actor = await actorFor(tenant.users.admin);
    const { rows } = await listInbox(actor, { filters: { status: "open" } }, NOW);
    for (const row of rows.filter((r) => r.awaitingSince)) {
      const client = Object.values(clients).find((c) => c.id === row.client.id)!;
      const expected = slaState({ receivedAt: new Date(row.awaitingSince!), now: NOW, slaMinutes: client.sla, hours: businessHoursSchema.parse({ sat: [], sun: [], ...client.hours }), timeZone: client.timezone });
      expect({ text: row.text, status: row.sla.status }).toEqual({ text: row.text, status: expected.status });
    }
    const states = Object.fromEntries(rows.map((r) => [r.text, r.sla.status]));
    expect(states).toMatchObject({ "tokyo early": "breached", "london soon": "due_soon", london: "on_track", "new york": "on_track", answered: "none" });
    expect(rows.find((r) => r.text === "new york")?.sla.businessMillisLeft).toBe(60 * 60_000);
  });

  it("orders newest and oldest by the newest inbound item", async () => {
    const actor = await actorFor(tenant.users.admin);
    const newest = await listInbox(actor, { filters: { sort: "newest" } }, NOW);
    expect(newest.rows.map((r) => r.text)).toEqual(["answered", "new york", "london", "london soon", "tokyo late", "tokyo early"]);
    const oldest = await listInbox(actor, { filters: { sort: "oldest" } }, NOW);
    expect(oldest.rows.map((r) => r.text)).toEqual(["tokyo early", "tokyo late", "london soon", "london", "new york", "answered"]);
  });

  it("breaks ties on the due time by age, oldest waiting first, before the id; undated rows too", async () => {
    // Weekdays 9-17 in New York: everything received overnight is due at the same minute, Thursday 10:00 EST.
    // The factory's ids follow lastInboundAt, so giving the oldest wait the newest item makes id order wrong.
    const client = (await createClient(tenant, { name: "Ties", timezone: "America/New_York", hours: WEEKDAYS_9_17, slaMinutes: 60 })).id;
    const at = (iso: string) => new Date(iso);
    const [waitedLeast, waitedMost, waitedSome, answeredA, waitingUndated, answeredB] = await createConversations(
      tenant,
      [
        { client, text: "tie: waited least", lastInboundAt: at("2026-12-03T02:00:00Z"), awaitingSince: at("2026-12-03T02:00:00Z") },
        { client, text: "tie: waited most", lastInboundAt: at("2026-12-03T03:00:00Z"), awaitingSince: at("2026-12-02T23:00:00Z") },
        { client, text: "tie: waited some", lastInboundAt: at("2026-12-03T04:00:00Z"), awaitingSince: at("2026-12-03T01:00:00Z") },
        { client, text: "answered a", lastInboundAt: at("2026-12-02T05:00:00Z"), awaitingSince: null },
        { client, text: "waiting, no due time", lastInboundAt: at("2026-12-02T06:00:00Z"), awaitingSince: at("2026-12-02T06:00:00Z"), slaDueAt: null },
        { client, text: "answered b", lastInboundAt: at("2026-12-02T04:00:00Z"), awaitingSince: null },
      ],
      NOW,
    );
    expect(new Set([waitedLeast, waitedMost, waitedSome].map((c) => c!.slaDueAt?.toISOString()))).toEqual(new Set(["2026-12-03T15:00:00.000Z"]));
    const actor = await actorFor(tenant.users.admin);
    const { rows } = await listInbox(actor, { filters: { client, sort: "sla" } }, NOW);
    // Undated: waiting ones by age, then the answered ones (no awaiting time) by id.
    const [firstAnswered, secondAnswered] = [answeredA!.id, answeredB!.id].sort();
    expect(rows.map((r) => r.id)).toEqual([waitedMost!.id, waitedSome!.id, waitedLeast!.id, waitingUndated!.id, firstAnswered, secondAnswered]);
  });

  it("filters SLA breached to the dated rows past due", async () => {
    const actor = await actorFor(tenant.users.admin);
    const { rows } = await listInbox(actor, { filters: { breached: true } }, NOW);
    expect(rows.map((r) => r.id)).toEqual([made.tokyoEarly!.id]);
  });
});
