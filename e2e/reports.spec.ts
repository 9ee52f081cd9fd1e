import { readFile } from "node:fs/promises";
import { db } from "@/lib/db";
import { refreshDailyMetrics } from "@/lib/metrics/refresh-daily-metrics";
import { closeDueMonths } from "@/lib/reports/close-due-months";
import { addMonths, formatMonth, monthAt, monthLabel, monthSpan } from "@/lib/reports/month";
import { WEEKDAYS_9_TO_5 } from "@/lib/sla/business-hours";
import { createActivity } from "../tests/factories/create-activity";
import { pdfPageText } from "../tests/integration/reports/pdf-text";
import type { TestTenant } from "../tests/factories/create-tenant";
import { keepScreenshot } from "./fixtures/screenshot";
import { signIn } from "./fixtures/session";
import { expect, test } from "./fixtures/test";

const ZONE = "Europe/London";

/** Last month and this month of activity for client A, rolled up as the worker would, last month closed. */
async function giveClientAHistory(tenant: TestTenant) {
  const client = tenant.clients.a;
  await db.client.update({ where: { id: client.id }, data: { businessHours: WEEKDAYS_9_TO_5, timezone: ZONE, slaMinutes: 60, color: "#0ea5e9" } });
  const now = new Date();
  const from = monthSpan(addMonths(monthAt(now, ZONE), -1), ZONE).from;
  const days = Math.ceil((now.getTime() - from.getTime()) / 86_400_000);
  const { accountIds } = await createActivity({
    agencyId: tenant.agencyId,
    clientId: client.id,
    from,
    days,
    inboundPerDay: 14,
    ownPostsPerDay: 5,
    answerRate: 0.8,
    people: 90,
    followers: { start: 1840, perDay: 4 },
    apiUsage: true,
    seed: 0.61,
  });
  await refreshDailyMetrics({ accountIds, from, to: now });
  await closeDueMonths(now, { clientIds: [client.id] });
  return { month: formatMonth(monthAt(now, ZONE)), label: monthLabel(monthAt(now, ZONE)), lastMonth: formatMonth(addMonths(monthAt(now, ZONE), -1)) };
}

test("a client viewer sees this month's report with its charts, downloads it, and sees nothing else", async ({ page, tenant }) => {
  test.setTimeout(90_000);
  const { month, label, lastMonth } = await giveClientAHistory(tenant);
  await signIn(page, tenant.users.viewerA.email);
  await expect(page).toHaveURL(/\/portal$/);

  const report = page.getByTestId("monthly-report");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tenant.clients.a.name);
  await expect(report.getByTestId("report-month")).toHaveText(label);
  await expect(page.getByTestId("report-summary").getByRole("heading")).toHaveText(/posts were conversation/);
  await expect(page.getByTestId("headline-interactionRatio")).toContainText(/\d+%/);
  for (const chart of ["inbound", "response", "mix", "ratio", "followers", "engagement"]) {
    await expect(page.getByTestId(`chart-${chart}`).locator("svg.recharts-surface").first(), `${chart} chart`).toBeVisible();
  }
  await expect(page.getByTestId("top-posts").getByRole("link").first()).toHaveAttribute("href", /^https:\/\/x\.com\/[^/]+\/status\/\d+$/);
  await expect(page.getByTestId("how-we-count")).toContainText("Interaction ratio");
  await expect(page.getByTestId("usage")).toHaveCount(0); // X costs are the agency's business
  await expect(page.getByTestId("pending-approvals")).toBeVisible();
  // Last month closed: its report is final, and the viewer was told in the app.
  await expect(page.getByTestId("report-notices")).toContainText(`${monthLabel({ year: Number(lastMonth.slice(0, 4)), month: Number(lastMonth.slice(5)) })} report is ready`);
  await expect(page.getByTestId("past-reports")).toContainText("Final");
  // Numbers and top conversations do not lead a client viewer into the inbox; conversations link to X.
  await expect(report.locator('a[href^="/inbox"]')).toHaveCount(0);
  await expect(page.getByTestId("top-conversations").getByRole("link").first()).toHaveAttribute("href", /^https:\/\/x\.com\/[^/]+\/status\/\d+$/);
  await keepScreenshot(page, "report");

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pdf").click()]);
  expect(pdf.suggestedFilename()).toMatch(new RegExp(`-${month}-report\\.pdf$`));
  const bytes = await readFile((await pdf.path()) ?? "");
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  // The document's title (in its info dictionary, which is never compressed) names the client…
  const text = bytes.toString("latin1");
  expect(text).toMatch(/\/Title \d+ 0 R/);
  expect(text).toContain(`(${tenant.clients.a.name}: ${label} report)`);
  // …and so do its pages, with the agency's name, in the text they draw.
  const pageLines = pdfPageText(bytes).split("\n");
  expect(pageLines).toContain(tenant.clients.a.name);
  expect(pageLines.some((l) => l.startsWith(`${tenant.clients.a.name} · ${label} · prepared by ${tenant.agencyName} with Rapport`))).toBe(true);

  const [daily] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-daily-csv").click()]);
  const dailyCsv = (await readFile((await daily.path()) ?? "", "utf8")).replace(/^\uFEFF/, "").split("\r\n");
  expect(dailyCsv[0]).toMatch(/^date,inbound_mentions,inbound_replies,inbound_quotes,inbound_total,needed_answer,answered,/);
  expect(dailyCsv[1]).toMatch(new RegExp(`^${month}-01,\\d+,`));
  expect(dailyCsv[0]).not.toContain("x_api_cost_usd");

  const conversations = await page.request.get(`/api/reports/${tenant.clients.a.id}/${month}/conversations.csv`);
  expect(conversations.status()).toBe(200);
  expect(conversations.headers()["content-disposition"]).toMatch(/^attachment; filename=".+-conversations\.csv"/);
  expect((await conversations.text()).split("\r\n")[0]).toContain("conversation_id,account,started_by,first_message,received_at,first_response_at");

  // Another client's report, its files, the agency's pages: none of it exists for a client viewer.
  const b = tenant.clients.b.id;
  for (const url of [`/reports/${b}`, `/reports/${tenant.clients.a.id}`, "/reports", "/inbox", "/settings", "/clients"]) {
    expect((await page.request.get(url)).status(), url).toBe(404);
  }
  for (const url of [`/api/reports/${b}/${month}/report.pdf`, `/api/reports/${b}/${month}/daily.csv`, `/api/reports/${b}/${month}/conversations.csv`, `/api/reports/${tenant.clients.a.id}/${month}/other.txt`]) {
    expect((await page.request.get(url)).status(), url).toBe(404);
  }
  // Nor do the inbox's API routes, even for a conversation of the viewer's own client.
  const { id: conversationId } = await db.conversation.findFirstOrThrow({ where: { clientId: tenant.clients.a.id }, select: { id: true } });
  for (const url of ["/api/inbox/stream", `/api/conversations/${conversationId}/live`]) {
    expect((await page.request.get(url)).status(), url).toBe(404);
  }
  const presence = `/api/conversations/${conversationId}/presence`; // its only method is POST
  expect((await page.request.post(presence, { data: { drafting: true } })).status(), presence).toBe(404);
  await page.goto(`/reports/${b}?month=${month}`);
  await expect(page.getByTestId("not-found")).toBeVisible();

  // On a phone the report reads top to bottom, cards two abreast.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/portal");
  await expect(page.getByTestId("chart-inbound").locator("svg.recharts-surface").first()).toBeVisible();
  await keepScreenshot(page, "report-mobile");
});

test("the agency compares clients, opens one, and follows a number into the inbox", async ({ page, tenant }) => {
  test.setTimeout(90_000);
  const { month, lastMonth } = await giveClientAHistory(tenant);
  await signIn(page, tenant.users.manager.email);
  await page.goto("/reports");
  const rows = page.getByTestId("overview-row");
  await expect(rows).toHaveCount(2);
  await page.getByRole("link", { name: "Interaction ratio" }).click();
  await expect(page).toHaveURL(/sort=interactionRatio&dir=desc/);
  await expect(rows.first()).toContainText(tenant.clients.a.name);
  await expect(rows.nth(1)).toContainText("no activity");
  await keepScreenshot(page, "reports-overview");

  await rows.first().getByRole("link", { name: tenant.clients.a.name }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${tenant.clients.a.id}\\?month=${month}$`));
  await expect(page.getByTestId("usage")).toContainText("Estimated");
  const rate = page.getByTestId("headline-responseRate").getByRole("link");
  await expect(rate).toHaveAttribute("href", new RegExp(`^/inbox\\?client=${tenant.clients.a.id}&status=all&unanswered=1&from=${month}-01&to=${month}-\\d\\d$`));
  await expect(page.getByTestId("inbox-shortcuts").getByRole("link", { name: /Mentions/ })).toHaveAttribute("href", /kind=mention/);
  // The top conversations open in the inbox as well as on X.
  const topConversations = page.getByTestId("top-conversations");
  await expect(topConversations.locator('a[href^="https://x.com/"]').first()).toBeVisible();
  const inboxLink = topConversations.getByTestId("open-in-inbox").first();
  await expect(inboxLink).toHaveAttribute("href", /^\/inbox\/[0-9a-f-]{36}$/);
  expect((await page.request.get((await inboxLink.getAttribute("href")) ?? "")).status()).toBe(200);
  await keepScreenshot(page, "report-agency");

  await page.getByTestId("month-picker").selectOption(lastMonth);
  // The URL changes once the client has rendered the whole month's charts: on a busy two-core machine
  // running both specs at once that alone has taken over ten seconds.
  await expect(page).toHaveURL(new RegExp(`month=${lastMonth}$`), { timeout: 30_000 });
  await expect(page.getByText(/Final · frozen/)).toBeVisible();
  await page.context().addCookies([{ name: "theme", value: "dark", url: page.url() }]);
  await page.reload();
  await keepScreenshot(page, "report-dark");
});
