import { createTenant, type TestTenant } from "../tests/factories/create-tenant";
import { signIn } from "./fixtures/session";
import { keepScreenshot } from "./fixtures/screenshot";
import { expect, test } from "./fixtures/test";

type RoleKey = keyof TestTenant["users"];

// What each role lands on, sees in the sidebar, and is told it is.
const EXPECTED: Record<RoleKey, { home: string; nav: string[]; label: string }> = {
  admin: { home: "/inbox", nav: ["Inbox", "Approvals", "Clients", "Reports", "Settings"], label: "Agency admin" },
  manager: { home: "/inbox", nav: ["Inbox", "Approvals", "Clients", "Reports", "Settings"], label: "Account manager" },
  staffA: { home: "/inbox", nav: ["Inbox", "Clients", "Reports", "Settings"], label: "Staff" },
  staffAll: { home: "/inbox", nav: ["Inbox", "Clients", "Reports", "Settings"], label: "Staff" },
  viewerA: { home: "/portal", nav: ["Reports"], label: "Client viewer" },
};

for (const role of Object.keys(EXPECTED) as RoleKey[]) {
  test(`${role} signs in and sees what the role allows`, async ({ page, tenant }) => {
    const expected = EXPECTED[role];
    await signIn(page, tenant.users[role].email);
    await expect(page).toHaveURL(new RegExp(`${expected.home}$`));
    await expect(page.getByTestId("user-role")).toHaveText(expected.label);
    const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(nav).toHaveText(expected.nav);
  });
}

// Status of each page, per role, fetched with the role's own session. Other tenants' and
// other clients' ids answer 404 exactly as a page that does not exist. The client portal sends
// agency people to their own reports instead (a redirect, never the portal's content).
type Expected = number | { redirect: string };
const toReports: Expected = { redirect: "/reports" };

test("page access matrix, including other clients' and other agencies' ids", async ({ browser, tenant }) => {
  test.slow(); // five sign-ins and over a hundred page renders, one after another
  const other = await createTenant("e2e-other");
  const lastMonth = previousMonth();
  const pages: [string, Record<RoleKey, Expected>][] = [
    ["/inbox", { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 }],
    ["/clients", { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 }],
    [`/clients/${tenant.clients.a.id}`, { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 }],
    [`/clients/${tenant.clients.b.id}`, { admin: 200, manager: 200, staffA: 404, staffAll: 200, viewerA: 404 }],
    [`/clients/${other.clients.a.id}`, { admin: 404, manager: 404, staffA: 404, staffAll: 404, viewerA: 404 }],
    ["/reports", { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 }],
    ["/settings", { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 }],
    ["/settings/team", { admin: 200, manager: 404, staffA: 404, staffAll: 404, viewerA: 404 }],
    ["/settings/saved-replies", { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 }],
    ["/clients/new", { admin: 200, manager: 200, staffA: 404, staffAll: 404, viewerA: 404 }],
    [`/clients/${tenant.clients.a.id}/edit`, { admin: 200, manager: 200, staffA: 404, staffAll: 404, viewerA: 404 }],
    [`/clients/${tenant.clients.b.id}/edit`, { admin: 200, manager: 200, staffA: 404, staffAll: 404, viewerA: 404 }],
    [`/clients/${other.clients.a.id}/edit`, { admin: 404, manager: 404, staffA: 404, staffAll: 404, viewerA: 404 }],
    ["/approvals", { admin: 200, manager: 200, staffA: 404, staffAll: 404, viewerA: 404 }],
    [`/clients/${tenant.clients.a.id}/audit`, { admin: 200, manager: 404, staffA: 404, staffAll: 404, viewerA: 404 }],
    [`/clients/${other.clients.a.id}/audit`, { admin: 404, manager: 404, staffA: 404, staffAll: 404, viewerA: 404 }],
    ["/portal", { admin: toReports, manager: toReports, staffA: toReports, staffAll: toReports, viewerA: 200 }],
    [`/portal/reports/${lastMonth}`, { admin: toReports, manager: toReports, staffA: toReports, staffAll: toReports, viewerA: 200 }],
    ["/portal/reports/2999-01", { admin: toReports, manager: toReports, staffA: toReports, staffAll: toReports, viewerA: 404 }],
  ];
  // The inbox stream never ends for those allowed it: only its status line is read, then the request is dropped.
  const streamStatus: Record<RoleKey, number> = { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 };
  for (const role of Object.keys(EXPECTED) as RoleKey[]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, tenant.users[role].email);
    for (const [url, statuses] of pages) {
      const response = await page.request.get(url, { maxRedirects: 0 });
      const expected = statuses[role];
      if (typeof expected === "number") {
        expect(response.status(), `${role} GET ${url}`).toBe(expected);
      } else {
        expect(response.status(), `${role} GET ${url}`).toBe(307);
        expect(new URL(response.headers().location ?? "", page.url()).pathname, `${role} GET ${url} redirects`).toBe(expected.redirect);
      }
    }
    const stream = await page.evaluate(async () => {
      const abort = new AbortController();
      const response = await fetch("/api/inbox/stream", { signal: abort.signal });
      abort.abort();
      return response.status;
    });
    expect(stream, `${role} GET /api/inbox/stream`).toBe(streamStatus[role]);
    await context.close();
  }
});

/** "YYYY-MM" of the month before this one: a closed month in any client's time zone. */
function previousMonth(now = new Date()): string {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return first.toISOString().slice(0, 7);
}

test("signed-out visitors are sent to sign in, and come back after", async ({ page, tenant }) => {
  await page.goto(`/clients/${tenant.clients.a.id}`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await keepScreenshot(page, "sign-in");
  await page.getByLabel("E-mail").fill(tenant.users.admin.email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${tenant.clients.a.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tenant.clients.a.name);
});

test("a staff member sees only assigned clients; screenshots of the main pages", async ({ page, tenant }) => {
  await signIn(page, tenant.users.staffA.email);
  await page.getByRole("link", { name: "Clients", exact: true }).click();
  await expect(page.getByTestId("client-row")).toHaveText([new RegExp(tenant.clients.a.name)]);
  await keepScreenshot(page, "clients");
});

test("a client viewer sees their portal only", async ({ page, tenant }) => {
  await signIn(page, tenant.users.viewerA.email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tenant.clients.a.name);
  await keepScreenshot(page, "portal");
  await page.goto("/inbox");
  await expect(page.getByTestId("not-found")).toBeVisible();
});
