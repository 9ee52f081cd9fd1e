import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshDailyMetrics } from "@/lib/metrics/refresh-daily-metrics";
import { COUNT_KEYS } from "@/lib/metrics/metric-totals";
import { localDate } from "@/lib/reports/month";
import type { BusinessHours } from "@/lib/sla/business-hours";
import { createActivity } from "../../factories/create-activity";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { type ExpectedDay, recomputeFromPosts } from "./recompute-from-posts";

// 90 days of New York activity across the March DST change, with split business hours, a holiday and
// a Saturday opening; two accounts, so "the brand" is more than one X user.
const HOURS: BusinessHours = {
  mon: [{ start: "09:00", end: "12:30" }, { start: "13:30", end: "17:30" }],
  tue: [{ start: "09:00", end: "17:30" }],
  wed: [{ start: "09:00", end: "17:30" }],
  thu: [{ start: "09:00", end: "17:30" }],
  fri: [{ start: "09:00", end: "16:00" }],
  sat: [{ start: "10:00", end: "13:00" }],
  sun: [],
  holidays: ["2026-02-16"],
};
const FROM = new Date("2026-01-05T05:00:00Z"); // local midnight, Monday 5 January
const UNTIL = new Date(FROM.getTime() + 90 * 86_400_000);
// Twenty minutes after the last post: the newest unanswered items are still inside their SLA.
const NOW = new Date(UNTIL.getTime() + 20 * 60_000);

let tenant: TestTenant;
let accountIds: string[];
let expected: Map<string, ExpectedDay>;

async function actualRows() {
  const rows = await db.dailyMetric.findMany({ where: { accountId: { in: accountIds } }, orderBy: [{ accountId: "asc" }, { day: "asc" }] });
  return rows.map((r) => ({ ...r, day: r.day.toISOString().slice(0, 10), impressions: Number(r.impressions) }));
}

beforeAll(async () => {
  tenant = await createTenant("rollups");
  const client = tenant.clients.a;
  await db.client.update({ where: { id: client.id }, data: { timezone: "America/New_York", businessHours: HOURS, slaMinutes: 45 } });
  ({ accountIds } = await createActivity({ agencyId: tenant.agencyId, clientId: client.id, from: FROM, days: 90, until: UNTIL, accounts: 2, inboundPerDay: 9, ownPostsPerDay: 3, people: 120, seed: 0.25 }));
  await addEdgeCases(accountIds[0] ?? "", accountIds[1] ?? "");
  await refreshDailyMetrics({ accountIds, from: FROM, to: UNTIL, now: NOW });
  expected = await recomputeFromPosts(accountIds, { from: localDate(FROM, "America/New_York"), to: localDate(UNTIL, "America/New_York") }, NOW);
}, 120_000);

describe("daily metrics rollups", () => {
  it("equal a direct recomputation from raw posts, day by day, over a 90-day history", async () => {
    const rows = await actualRows();
    expect(rows.length).toBe(2 * 91);
    let items = 0;
    for (const row of rows) {
      const want = expected.get(`${row.accountId}/${row.day}`);
      const counts = Object.fromEntries(COUNT_KEYS.map((k) => [k, row[k]]));
      const wantCounts = Object.fromEntries(COUNT_KEYS.map((k) => [k, want?.[k] ?? 0]));
      expect(counts, `${row.accountId} ${row.day}`).toEqual(wantCounts);
      expect(row.responseSeconds, `${row.day} response times`).toEqual(want?.responseSeconds ?? []);
      expect(row.topPostIds, `${row.day} top posts`).toEqual(want?.topPostIds ?? []);
      items += row.neededAnswer;
    }
    // The history is big enough to mean something, and exercises every outcome.
    expect(items).toBeGreaterThan(1000);
    expect(rows.some((r) => r.slaMet > 0) && rows.some((r) => r.slaBreached > 0)).toBe(true);
    expect(rows.some((r) => r.neededAnswer > r.slaMet + r.slaBreached)).toBe(true); // pending at NOW
    expect(rows.some((r) => r.repliesGotReply > 0)).toBe(true);
  });

  it("gives the same rows when run again, or for a slice of the days (idempotent)", async () => {
    const before = await actualRows();
    await refreshDailyMetrics({ accountIds, from: new Date("2026-03-07T12:00:00Z"), to: new Date("2026-03-09T12:00:00Z"), now: NOW });
    await refreshDailyMetrics({ accountIds, from: FROM, to: UNTIL, now: NOW });
    const after = await actualRows();
    expect(after.map(({ computedAt: _c, ...r }) => r)).toEqual(before.map(({ computedAt: _c, ...r }) => r));
  });

  it("snapshots followers only for today and keeps earlier snapshots", async () => {
    const [first] = accountIds;
    await db.xAccount.update({ where: { id: first }, data: { followersCount: 4321 } });
    const today = new Date();
    await refreshDailyMetrics({ accountIds: [first ?? ""], from: new Date(today.getTime() - 2 * 86_400_000), to: today });
    const rows = await db.dailyMetric.findMany({ where: { accountId: first, day: { gte: new Date(Date.now() - 3 * 86_400_000) } }, orderBy: { day: "asc" } });
    expect(rows.at(-1)?.followers).toBe(4321);
    expect(rows.slice(0, -1).every((r) => r.followers === null)).toBe(true);
    await db.xAccount.update({ where: { id: first }, data: { followersCount: 5000 } });
    await db.dailyMetric.updateMany({ where: { accountId: first, day: rows[0]?.day }, data: { followers: 4000 } });
    await refreshDailyMetrics({ accountIds: [first ?? ""], from: new Date(today.getTime() - 2 * 86_400_000), to: today });
    const again = await db.dailyMetric.findMany({ where: { accountId: first, day: { gte: new Date(Date.now() - 3 * 86_400_000) } }, orderBy: { day: "asc" } });
    expect(again[0]?.followers).toBe(4000);
    expect(again.at(-1)?.followers).toBe(5000);
  });
});

// Cases the generator does not make on its own: a mention by the client's other account, a bare
// repost, a brand reply to a later post in a thread, and the brand continuing its own thread there.
async function addEdgeCases(accountId: string, otherAccountId: string) {
  const account = await db.xAccount.findUniqueOrThrow({ where: { id: accountId }, select: { agencyId: true, clientId: true, xUserId: true } });
  const other = await db.xAccount.findUniqueOrThrow({ where: { id: otherAccountId }, select: { xUserId: true } });
  const person = `7${String(Date.now()).slice(-12)}`;
  await db.xUser.create({ data: { id: person, username: `edge${person.slice(-6)}`, name: "Edge Case" } });
  const base = { agencyId: account.agencyId, clientId: account.clientId, accountId, text: "edge" };
  const at = (iso: string) => new Date(iso);
  const id = (n: number) => `19${String(n).padStart(17, "0")}`;
  await db.post.createMany({
    data: [
      { ...base, xId: id(1), xConversationId: id(1), authorId: other.xUserId, kind: "MENTION", inbound: true, postedAt: at("2026-02-03T15:00:00Z") },
      { ...base, xId: id(2), xConversationId: id(2), authorId: person, kind: "MENTION", inbound: true, repostedXId: id(99), postedAt: at("2026-02-03T15:05:00Z") },
      { ...base, xId: id(10), xConversationId: id(10), authorId: person, kind: "MENTION", inbound: true, postedAt: at("2026-02-04T14:00:00Z") },
      { ...base, xId: id(11), xConversationId: id(10), authorId: person, kind: "MENTION", inbound: true, inReplyToXId: id(10), inReplyToUserId: person, postedAt: at("2026-02-04T14:10:00Z") },
      { ...base, xId: id(12), xConversationId: id(10), authorId: account.xUserId, kind: "OWN_REPLY", inbound: false, inReplyToXId: id(11), inReplyToUserId: person, postedAt: at("2026-02-04T16:00:00Z"), likes: 3 },
      { ...base, xId: id(13), xConversationId: id(10), authorId: account.xUserId, kind: "OWN_REPLY", inbound: false, inReplyToXId: id(12), inReplyToUserId: account.xUserId, postedAt: at("2026-02-04T16:01:00Z") },
      { ...base, xId: id(14), xConversationId: id(10), authorId: person, kind: "REPLY", inbound: true, inReplyToXId: id(12), inReplyToUserId: account.xUserId, postedAt: at("2026-02-05T10:00:00Z") },
    ],
  });
}
