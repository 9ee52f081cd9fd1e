import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { buildAgencyOverview } from "@/lib/reports/build-agency-overview";
import { buildMonthlyReport } from "@/lib/reports/build-monthly-report";
import { dismissReportNotification } from "@/lib/reports/dismiss-report-notification";
import { getReportExport } from "@/lib/reports/get-report-export";
import { listReportMonths } from "@/lib/reports/list-report-months";
import { actorFor } from "../../factories/actor-for";
import { createTenant, type TestTenant } from "../../factories/create-tenant";

type RoleKey = keyof TestTenant["users"];
const ROLES: RoleKey[] = ["admin", "manager", "staffA", "staffAll", "viewerA"];
const NOW = new Date("2026-11-10T12:00:00Z");

let tenant: TestTenant;
let other: TestTenant;
const actors = {} as Record<RoleKey, Actor>;

beforeAll(async () => {
  [tenant, other] = await Promise.all([createTenant("iso"), createTenant("iso-other")]);
  for (const role of ROLES) actors[role] = await actorFor(tenant.users[role]);
});

async function outcome(run: () => Promise<unknown>): Promise<"ok" | "not_found"> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return "not_found";
    throw error;
  }
}

const ALL_OK = { admin: "ok", manager: "ok", staffA: "ok", staffAll: "ok", viewerA: "ok" } as const;
const NONE = { admin: "not_found", manager: "not_found", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" } as const;

// Every report operation a page or route can reach, per role. A client viewer sees their own client's
// reports and downloads and nothing else; other clients and other agencies do not exist for anyone.
const MATRIX: { name: string; run: (a: Actor) => Promise<unknown>; expect: Record<RoleKey, "ok" | "not_found"> }[] = [
  { name: "client A's report", run: (a) => buildMonthlyReport(a, { clientId: tenant.clients.a.id }, NOW), expect: ALL_OK },
  { name: "client A's PDF", run: (a) => getReportExport(a, { clientId: tenant.clients.a.id, month: "2026-11", file: "report.pdf" }, NOW), expect: ALL_OK },
  { name: "client A's conversations CSV", run: (a) => getReportExport(a, { clientId: tenant.clients.a.id, month: "2026-10", file: "conversations.csv" }, NOW), expect: ALL_OK },
  { name: "client A's months", run: (a) => listReportMonths(a, tenant.clients.a.id, NOW), expect: ALL_OK },
  { name: "client B's report", run: (a) => buildMonthlyReport(a, { clientId: tenant.clients.b.id }, NOW), expect: { ...ALL_OK, staffA: "not_found", viewerA: "not_found" } },
  { name: "client B's daily CSV", run: (a) => getReportExport(a, { clientId: tenant.clients.b.id, month: "2026-11", file: "daily.csv" }, NOW), expect: { ...ALL_OK, staffA: "not_found", viewerA: "not_found" } },
  { name: "client B's PDF", run: (a) => getReportExport(a, { clientId: tenant.clients.b.id, month: "2026-11", file: "report.pdf" }, NOW), expect: { ...ALL_OK, staffA: "not_found", viewerA: "not_found" } },
  { name: "client B's months", run: (a) => listReportMonths(a, tenant.clients.b.id, NOW), expect: { ...ALL_OK, staffA: "not_found", viewerA: "not_found" } },
  { name: "another agency's report", run: (a) => buildMonthlyReport(a, { clientId: other.clients.a.id }, NOW), expect: NONE },
  { name: "another agency's CSV", run: (a) => getReportExport(a, { clientId: other.clients.a.id, month: "2026-11", file: "daily.csv" }, NOW), expect: NONE },
  { name: "a malformed client id", run: (a) => buildMonthlyReport(a, { clientId: "../../etc" }, NOW), expect: NONE },
  { name: "a month not yet begun", run: (a) => buildMonthlyReport(a, { clientId: tenant.clients.a.id, month: "2026-12" }, NOW), expect: NONE },
  { name: "a malformed month", run: (a) => getReportExport(a, { clientId: tenant.clients.a.id, month: "2026-1", file: "daily.csv" }, NOW), expect: NONE },
  { name: "a file that is not an export", run: (a) => getReportExport(a, { clientId: tenant.clients.a.id, month: "2026-11", file: "secrets.json" }, NOW), expect: NONE },
  { name: "the agency overview", run: (a) => buildAgencyOverview(a, {}, NOW), expect: { ...ALL_OK, viewerA: "not_found" } },
];

describe("report access", () => {
  for (const row of MATRIX) {
    it(row.name, async () => {
      const got = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await outcome(() => row.run(actors[role]))])));
      expect(got).toEqual(row.expect);
    });
  }

  it("shows agency people only their clients in the overview", async () => {
    const rows = async (role: RoleKey) => (await buildAgencyOverview(actors[role], {}, NOW)).rows.map((r) => r.clientId).sort();
    expect(await rows("staffA")).toEqual([tenant.clients.a.id]);
    expect(await rows("admin")).toEqual([tenant.clients.a.id, tenant.clients.b.id].sort());
  });

  it("keeps X costs from client viewers, in the report and its CSV", async () => {
    const viewerReport = await buildMonthlyReport(actors.viewerA, { clientId: tenant.clients.a.id }, NOW);
    expect(viewerReport.usage).toBeNull();
    expect((await buildMonthlyReport(actors.admin, { clientId: tenant.clients.a.id }, NOW)).usage).not.toBeNull();
    const csv = await getReportExport(actors.viewerA, { clientId: tenant.clients.a.id, month: "2026-11", file: "daily.csv" }, NOW);
    expect(String(csv.body)).not.toContain("x_api_cost_usd");
  });

  it("lets nobody dismiss someone else's notice", async () => {
    expect(await outcome(() => dismissReportNotification(actors.viewerA, { notificationId: "01a21569-f1a3-7641-9157-6e347e77b283" }))).toBe("not_found");
  });
});
