import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { refreshDailyMetrics } from "@/lib/metrics/refresh-daily-metrics";
import { buildAgencyOverview } from "@/lib/reports/build-agency-overview";
import { buildMonthlyReport } from "@/lib/reports/build-monthly-report";
import { getReportExport } from "@/lib/reports/get-report-export";
import { headlineCards } from "@/lib/reports/headline-cards";
import type { MonthlyReport } from "@/lib/reports/report-types";
import { actorFor } from "../../factories/actor-for";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { pdfPageText } from "./pdf-text";
import { seedKnownMonth } from "./seed-known-month";

const NOW = new Date("2026-11-10T12:00:00Z");
let tenant: TestTenant;
let admin: Actor;
let seeded: Awaited<ReturnType<typeof seedKnownMonth>>;
let report: MonthlyReport;

beforeAll(async () => {
  tenant = await createTenant("report");
  admin = await actorFor(tenant.users.admin);
  seeded = await seedKnownMonth(tenant.agencyId, tenant.clients.a.id);
  await refreshDailyMetrics({ accountIds: [seeded.accountId], from: new Date("2026-09-01T00:00:00Z"), to: new Date("2026-11-09T00:00:00Z"), now: NOW });
  report = await buildMonthlyReport(admin, { clientId: tenant.clients.a.id, month: "2026-10" }, NOW);
});

describe("the monthly report", () => {
  it("counts the month exactly as the definitions say", () => {
    expect(report).toMatchObject({ month: "2026-10", monthLabel: "October 2026", status: "ended", period: { from: "2026-10-01", to: "2026-10-31" } });
    expect(report.current).toMatchObject({
      inboundMentions: 5, // m1, m2, m3, f1, m4 (n1 is November's, London time)
      inboundReplies: 1,
      inboundQuotes: 1,
      neededAnswer: 7,
      answered: 4, // m1, m2, q1 (later in its thread), f1
      slaMet: 3, // m1 20 min, q1 60 min, f1 30 min
      slaBreached: 4, // m2 70 min, and a2, m3, m4 unanswered past the hour
      ownOriginal: 2, // o1 and t1, the brand's own thread
      ownLink: 1,
      ownReplies: 3,
      ownReposts: 1,
      ownQuotes: 1,
      repliesGotReply: 1,
      impressions: 2250,
      likes: 72,
      medianFirstResponseSeconds: 1800,
      p90FirstResponseSeconds: 4200,
      followers: 1100,
      followersStart: 1000,
    });
    expect(report.responseBuckets).toEqual([0, 3, 1, 0, 0, 0]);
    expect(report.daily).toHaveLength(31);
    expect(report.daily.find((d) => d.date === "2026-10-05")).toMatchObject({ inboundMentions: 1, inboundReplies: 1, neededAnswer: 2, answered: 1, medianFirstResponseSeconds: 1200 });
  });

  it("compares with September and says what stood out", () => {
    expect(report.previous).toMatchObject({ neededAnswer: 1, answered: 1, ownReplies: 1, ownOriginal: 1 });
    const cards = Object.fromEntries(headlineCards(report).map((c) => [c.key, c]));
    expect(cards.interactionRatio).toMatchObject({ value: "63%", tone: "good", change: { text: "+13 pts", good: true } });
    expect(cards.responseRate).toMatchObject({ value: "57%", detail: "3 of 7 left unanswered", change: { text: "−43 pts", good: false } });
    expect(cards.firstResponse).toMatchObject({ value: "30 min", detail: "p90 1 h 10 min · business hours" });
    expect(cards.slaMet?.value).toBe("43%");
    expect(cards.reciprocity?.value).toBe("33%");
    expect(cards.engagementRate?.value).toBe("3.6%");
    expect(cards.followers).toMatchObject({ value: "1,100", detail: "+100 this month" });
    expect(report.summary.band).toBe("social");
    expect(report.summary.points[0]?.text).toContain("3 of 7 posts that needed an answer got none");
  });

  it("lists the top posts, conversations and people with links to X", () => {
    const { alice, bob, carol } = seeded.people;
    const brandUser = seeded.brandUser;
    expect(report.topPosts.map((p) => p.text)).toEqual(["o1 text", "o4 text", "o2 text", "r1 text", "r3 text"]);
    expect(report.topPosts[0]?.url).toBe(`https://x.com/${brandUser.username}/status/${seeded.ids.get("o1")}`);
    expect(report.topConversations.map((c) => c.text)).toEqual(["m1 text", "q1 text", "m2 text", "m3 text", "m4 text"]);
    expect(report.topConversations[0]?.url).toBe(`https://x.com/${alice.username}/status/${seeded.ids.get("m1")}`);
    expect(report.topPeople.map((p) => [p.username, p.items, p.answered])).toEqual([
      [alice.username, 3, 1],
      [bob.username, 2, 1],
      [carol.username, 2, 1],
    ]);
    expect(report.usage).toMatchObject({ calls: 12, items: 105, costMicros: 550_000 });
  });

  it("reports a month with no activity as such, with no rates", async () => {
    const quiet = await buildMonthlyReport(admin, { clientId: tenant.clients.b.id }, NOW);
    expect(quiet.status).toBe("live");
    expect(quiet.summary.headline).toBe("No activity this month");
    expect(headlineCards(quiet).every((c) => c.value === "—" || c.value === "0")).toBe(true);
    expect(quiet.topPosts).toEqual([]);
  });
});

describe("exports", () => {
  it("writes one CSV row per day with every metric", async () => {
    const csv = await getReportExport(admin, { clientId: tenant.clients.a.id, month: "2026-10", file: "daily.csv" }, NOW);
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    expect(csv.filename).toMatch(/^client-a-report-[a-z0-9]+-2026-10-daily\.csv$/);
    const lines = String(csv.body).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toHaveLength(32);
    const header = lines[0]?.split(",") ?? [];
    const row = (date: string) => Object.fromEntries((lines.find((l) => l.startsWith(date))?.split(",") ?? []).map((v, i) => [header[i], v]));
    expect(row("2026-10-05")).toMatchObject({ inbound_total: "2", needed_answer: "2", answered: "1", response_rate: "0.5", median_first_response_business_minutes: "20", x_api_calls: "0" });
    expect(row("2026-10-03")).toMatchObject({ x_api_calls: "10", x_api_cost_usd: "0.5" });
    expect(row("2026-10-01")).toMatchObject({ own_original: "2", interaction_ratio: "0", followers: "1005" });
  });

  it("writes one CSV row per conversation started in the month", async () => {
    const csv = await getReportExport(admin, { clientId: tenant.clients.a.id, month: "2026-10", file: "conversations.csv" }, NOW);
    const lines = String(csv.body).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("conversation_id,account,started_by,first_message,received_at,first_response_at,first_response_business_minutes,sla,status,inbound_messages,brand_replies,last_inbound_at,url");
    expect(lines).toHaveLength(6);
    const m2 = lines.find((l) => l.includes("m2 text"))?.split(",") ?? [];
    expect(m2.slice(3, 11)).toEqual(["m2 text", "2026-10-09T16:30:00+01:00", "2026-10-12T09:40:00+01:00", "70", "breached", "done", "1", "1"]);
    expect(lines.find((l) => l.includes("m4 text"))).toContain("2026-10-31T23:30:00+00:00,,,breached,open");
  });

  it("renders a real PDF named after the client, with the agency's and the client's names on its pages", async () => {
    const pdf = await getReportExport(admin, { clientId: tenant.clients.a.id, month: "2026-10", file: "report.pdf" }, NOW);
    const bytes = Buffer.from(pdf.body as Uint8Array);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.toString("latin1")).toContain(`(${tenant.clients.a.name}: October 2026 report)`);
    expect(pdf.filename).toMatch(/-2026-10-report\.pdf$/);
    // Printed on the pages themselves, not only in the document's metadata.
    const lines = pdfPageText(bytes).split("\n");
    expect(lines).toContain(tenant.clients.a.name); // the page heading
    expect(lines).toContain("October 2026");
    const footers = lines.filter((l) => l.includes(`prepared by ${tenant.agencyName} with Rapport`));
    expect(footers.length).toBeGreaterThan(0);
    expect(footers.every((l) => l.startsWith(`${tenant.clients.a.name} · October 2026 · `))).toBe(true);
    expect(lines.join("\n")).toContain("m1 text"); // and the month's own content: its top conversation
  });
});

describe("the agency overview", () => {
  it("puts every client side by side and sorts through the URL's parameters", async () => {
    const overview = await buildAgencyOverview(admin, { month: "2026-10", sort: "interactionRatio", dir: "desc" }, NOW);
    expect(overview.rows.map((r) => r.name)).toEqual([tenant.clients.a.name, tenant.clients.b.name]);
    expect(overview.rows[0]).toMatchObject({ inbound: 7, unanswered: 3, medianFirstResponseSeconds: 1800, followerGrowth: 100, apiCostMicros: 550_000 });
    expect(overview.rows[0]?.responseRate).toBeCloseTo(4 / 7);
    expect(overview.rows[0]?.interactionRatio).toBeCloseTo(5 / 8);
    expect(overview.rows[1]).toMatchObject({ responseRate: null, interactionRatio: null, inbound: 0 });
    const byName = await buildAgencyOverview(admin, { month: "2026-10", sort: "nonsense", dir: "sideways" }, NOW);
    expect([byName.sort, byName.dir]).toEqual(["client", "asc"]);
  });
});
