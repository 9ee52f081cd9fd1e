import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { PostKind } from "@/lib/db/generated/enums";
import { WEEKDAYS_9_TO_5 } from "@/lib/sla/business-hours";

/**
 * A small, hand-built October 2026 for a London client (09:00–17:00 weekdays, 60-minute SLA), every
 * number of which is worked out in reports.test.ts. Times are UTC; London is UTC+1 until 25 October.
 *   m1  Mon 5 Oct 10:00  alice mention      → r1 10:20 (20 min, met); alice answers r1 with a2 (reciprocity)
 *   a2  Mon 5 Oct 11:00  alice reply to r1  → never answered
 *   m2  Fri 9 Oct 16:30  bob mention        → r2 Mon 12 Oct 09:40 (30 + 40 = 70 business min, breached)
 *   m3  Wed 14 Oct 11:00 alice mention      → never answered
 *   q1  Thu 15 Oct 12:00 carol quote of o1, f1 12:30 carol follow-up → r3 13:00 answers f1 (30 min)
 *       and, later in the thread, q1 (60 min: exactly the target, met)
 *   m4  Sat 31 Oct 23:30 (GMT) bob mention  → never answered; its SLA clock only starts on Monday
 *   own: o1 original (+ t1, the brand continuing its own thread), o2 link, o3 repost, o4 quote, r1–r3
 * September has one answered mention and one original post; followers go 1,000 → 1,005 → 1,100.
 */
export async function seedKnownMonth(agencyId: string, clientId: string) {
  await db.client.update({ where: { id: clientId }, data: { timezone: "Europe/London", businessHours: WEEKDAYS_9_TO_5, slaMinutes: 60, createdAt: new Date("2026-01-01T00:00:00Z") } });
  const tag = String(randomInt(100_000, 999_999));
  const user = (name: string, n: number) => ({ id: `8${tag}${String(n).padStart(8, "0")}`, username: `${name}${tag}`, name: name[0]?.toUpperCase() + name.slice(1) });
  const [brandUser, alice, bob, carol] = [user("brand", 0), user("alice", 1), user("bob", 2), user("carol", 3)];
  await db.xUser.createMany({ data: [brandUser, alice, bob, carol], skipDuplicates: true });
  const account = await db.xAccount.create({ data: { agencyId, clientId, xUserId: brandUser.id, username: brandUser.username, name: "Brand" }, select: { id: true } });

  let n = 0;
  const xIdAt = (iso: string) => String(((BigInt(Date.parse(iso)) - 1288834974657n) << 22n) + BigInt(++n));
  type Spec = { key: string; at: string; kind: PostKind; by?: { id: string }; convo?: string; to?: string; toUser?: { id: string }; quoted?: string; link?: boolean; m?: number[] };
  const ids = new Map<string, string>();
  const specs: Spec[] = [
    { key: "m0", at: "2026-09-15T09:00:00Z", kind: "MENTION", by: alice },
    { key: "r0", at: "2026-09-15T09:10:00Z", kind: "OWN_REPLY", convo: "m0", to: "m0", toUser: alice },
    { key: "o0", at: "2026-09-16T09:00:00Z", kind: "OWN_ORIGINAL", m: [100, 5] },
    { key: "o1", at: "2026-10-01T08:00:00Z", kind: "OWN_ORIGINAL", m: [1000, 50, 5, 2, 1, 2] },
    { key: "t1", at: "2026-10-01T08:02:00Z", kind: "OWN_REPLY", convo: "o1", to: "o1", toUser: brandUser },
    { key: "m1", at: "2026-10-05T09:00:00Z", kind: "MENTION", by: alice },
    { key: "r1", at: "2026-10-05T09:20:00Z", kind: "OWN_REPLY", convo: "m1", to: "m1", toUser: alice, m: [200, 4] },
    { key: "a2", at: "2026-10-05T10:00:00Z", kind: "REPLY", by: alice, convo: "m1", to: "r1", toUser: brandUser },
    { key: "m2", at: "2026-10-09T15:30:00Z", kind: "MENTION", by: bob },
    { key: "r2", at: "2026-10-12T08:40:00Z", kind: "OWN_REPLY", convo: "m2", to: "m2", toUser: bob, m: [100, 1] },
    { key: "m3", at: "2026-10-14T10:00:00Z", kind: "MENTION", by: alice },
    { key: "q1", at: "2026-10-15T11:00:00Z", kind: "QUOTE", by: carol, quoted: "o1" },
    { key: "f1", at: "2026-10-15T11:30:00Z", kind: "MENTION", by: carol, convo: "q1", to: "q1", toUser: carol },
    { key: "r3", at: "2026-10-15T12:00:00Z", kind: "OWN_REPLY", convo: "q1", to: "f1", toUser: carol, m: [150, 2] },
    { key: "o2", at: "2026-10-20T09:00:00Z", kind: "OWN_LINK", link: true, m: [500, 5] },
    { key: "o3", at: "2026-10-21T09:00:00Z", kind: "OWN_REPOST" },
    { key: "o4", at: "2026-10-22T09:00:00Z", kind: "OWN_QUOTE", m: [300, 10] },
    { key: "m4", at: "2026-10-31T23:30:00Z", kind: "MENTION", by: bob },
    { key: "n1", at: "2026-11-01T00:30:00Z", kind: "MENTION", by: carol },
  ];
  const rows = specs.map((s) => {
    const xId = xIdAt(s.at);
    ids.set(s.key, xId);
    const [impressions = 0, likes = 0, reposts = 0, replies = 0, quotes = 0, bookmarks = 0] = s.m ?? [];
    return {
      agencyId,
      clientId,
      accountId: account.id,
      xId,
      xConversationId: s.convo ? (ids.get(s.convo) ?? null) : xId,
      authorId: (s.by ?? brandUser).id,
      kind: s.kind,
      inbound: !s.kind.startsWith("OWN_"),
      text: `${s.key} text`,
      hasLink: s.link ?? false,
      inReplyToXId: s.to ? (ids.get(s.to) ?? null) : null,
      inReplyToUserId: s.toUser?.id ?? null,
      quotedXId: s.quoted ? (ids.get(s.quoted) ?? null) : null,
      repostedXId: s.kind === "OWN_REPOST" ? "1000000000000000001" : null,
      postedAt: new Date(s.at),
      impressions,
      likes,
      reposts,
      replies,
      quotes,
      bookmarks,
    };
  });
  await db.post.createMany({ data: rows });

  // The inbox's conversations, as the sync keeps them.
  const convo = async (key: string, by: { id: string }, inbound: number, replies: number, firstResponse: string | null, status: "OPEN" | "DONE") => {
    const first = rows.find((r) => r.xId === ids.get(key));
    const created = await db.conversation.create({
      data: { agencyId, clientId, accountId: account.id, xConversationId: ids.get(key) ?? "", authorId: by.id, status, firstInboundAt: first?.postedAt, firstResponseAt: firstResponse ? new Date(firstResponse) : null, inboundCount: inbound, ownReplyCount: replies },
    });
    await db.post.updateMany({ where: { accountId: account.id, xConversationId: ids.get(key) }, data: { conversationId: created.id } });
  };
  await convo("m0", alice, 1, 1, "2026-09-15T09:10:00Z", "DONE");
  await convo("m1", alice, 2, 1, "2026-10-05T09:20:00Z", "OPEN");
  await convo("m2", bob, 1, 1, "2026-10-12T08:40:00Z", "DONE");
  await convo("m3", alice, 1, 0, null, "OPEN");
  await convo("q1", carol, 2, 1, "2026-10-15T12:00:00Z", "DONE");
  await convo("m4", bob, 1, 0, null, "OPEN");

  await db.dailyMetric.createMany({
    data: [
      ["2026-09-30", 1000],
      ["2026-10-01", 1005],
      ["2026-10-31", 1100],
    ].map(([day, followers]) => ({ agencyId, clientId, accountId: account.id, day: new Date(`${day}T00:00:00Z`), followers: Number(followers) })),
  });
  await db.apiUsageDaily.createMany({
    data: [
      { agencyId, clientId, accountId: account.id, day: new Date("2026-10-03T00:00:00Z"), endpoint: "mentions", calls: 10, items: 100, costMicros: 500_000n },
      { agencyId, clientId, accountId: account.id, day: new Date("2026-10-04T00:00:00Z"), endpoint: "users", calls: 2, items: 5, costMicros: 50_000n },
    ],
  });
  return { accountId: account.id, ids, people: { alice, bob, carol }, brandUser };
}
