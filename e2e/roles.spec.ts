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
// other clients' ids answer 404 exactly as a page that does not exist.
test("page access matrix, including other clients' and other agencies' ids", async ({ browser, tenant }) => {
  const other = await createTenant("e2e-other");
  const pages: [string, Record<RoleKey, number>][] = [
    ["/inbox", { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 }],
    ["/clients", { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 }],
    [`/clients/${tenant.clients.a.id}`, { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 }],
    [`/clients/${tenant.clients.b.id}`, { admin: 200, manager: 200, staffA: 404, staffAll: 200, viewerA: 404 }],
    [`/clients/${other.clients.a.id}`, { admin: 404, manager: 404, staffA: 404, staffAll: 404, viewerA: 404 }],
    ["/reports", { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 }],
    ["/settings", { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 404 }],
    ["/settings/team", { admin: 200, manager: 404, staffA: 404, staffAll: 404, viewerA: 404 }],
    ["/approvals", { admin: 200, manager: 200, staffA: 404, staffAll: 404, viewerA: 404 }],
    [`/clients/${tenant.clients.a.id}/audit`, { admin: 200, manager: 404, staffA: 404, staffAll: 404, viewerA: 404 }],
    [`/clients/${other.clients.a.id}/audit`, { admin: 404, manager: 404, staffA: 404, staffAll: 404, viewerA: 404 }],
    ["/portal", { admin: 200, manager: 200, staffA: 200, staffAll: 200, viewerA: 200 }],
  ];
  for (const role of Object.keys(EXPECTED) as RoleKey[]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, tenant.users[role].email);
    for (const [url, statuses] of pages) {
      const response = await page.request.get(url);
      expect(response.status(), `${role} GET ${url}`).toBe(statuses[role]);
    }
    await context.close();
  }
});

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
