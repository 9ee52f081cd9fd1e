import { db } from "@/lib/db";
import { openToken } from "@/lib/x-accounts/token-box";
import { connectSimAccount } from "../tests/factories/create-thread";
import { signIn } from "./fixtures/session";
import { keepScreenshot } from "./fixtures/screenshot";
import { expect, test } from "./fixtures/test";

const SIM_URL = `http://127.0.0.1:${process.env.E2E_SIM_PORT ?? 4110}`;

test("an account manager creates a client, connects its X account on X's authorize page and sees the first sync land", async ({ page, tenant }) => {
  // Two sites (Rapport and X's consent page) and a worker run in one journey: more than a usual test's time.
  test.slow();
  await signIn(page, tenant.users.manager.email);
  await page.goto("/clients");
  await page.getByRole("link", { name: "New client" }).click();
  const name = `Northwind Roasters ${Date.now()}`;
  const form = page.getByRole("form", { name: "Client details" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Time zone").fill("America/Chicago");
  await form.getByLabel("First-response target (minutes of business hours)").fill("45");
  await form.getByLabel("Saturday").check();
  await form.getByRole("button", { name: "Create client" }).click();

  // The new client's page, with what was just entered read back.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const clientId = /\/clients\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(clientId).toBeTruthy();
  const hours = page.getByTestId("business-hours");
  await expect(hours).toContainText("America/Chicago");
  await expect(hours).toContainText("within 45 min of business hours");
  await expect(hours.locator("dt:text-is('Mon–Sat') + dd")).toHaveText("09:00–17:00");
  await expect(hours.locator("dt:text-is('Sun') + dd")).toHaveText("Closed");
  await expect(page.getByTestId("x-account")).toHaveCount(0);

  await page.getByRole("button", { name: "Connect X account" }).click();
  // The simulator's consent page, exactly where real X's would be.
  await expect(page.getByRole("button", { name: "Authorize app" })).toBeVisible();
  await page.getByLabel("Sign in as").selectOption("northwindcoffee");
  await page.getByRole("button", { name: "Authorize app" }).click();

  // Back on the client just created, not on any other.
  await expect(page).toHaveURL(new RegExp(`/clients/${clientId}\\?connected=northwindcoffee`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("@northwindcoffee is connected.")).toBeVisible();
  const account = page.getByTestId("x-account").filter({ hasText: "@northwindcoffee" });
  await expect(account).toBeVisible();
  await expect(account.getByText("Syncing")).toBeVisible();

  // The worker picks the new account up and its first sync lands: a last sync time and items read.
  await expect(async () => {
    await page.reload();
    await expect(account.getByTestId("sync-summary")).toContainText(/Last sync \d+ (s|min) ago/, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(account.getByTestId("sync-summary")).toContainText(/ [1-9][\d,]* items read this month/);
  // X's rate-limit headroom, as its last answers reported it.
  await account.getByTestId("rate-limits").getByText("Rate limits").click();
  await expect(account.getByTestId("rate-limits")).toContainText(/Mentions: [\d,]+ of [\d,]+ calls left/);
  await keepScreenshot(page, "client-connected");
});

test("a denied authorisation says so and connects nothing", async ({ page, tenant }) => {
  await signIn(page, tenant.users.manager.email);
  await page.goto(`/clients/${tenant.clients.b.id}`);
  await page.getByRole("button", { name: "Connect X account" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "authorisation was cancelled on X" })).toBeVisible();
  await expect(page.getByTestId("x-account")).toHaveCount(0);
});

test("a connect link lets a signed-out client connect their account, once", async ({ page, browser, tenant }) => {
  await signIn(page, tenant.users.manager.email);
  await page.goto(`/clients/${tenant.clients.b.id}`);
  await page.getByRole("button", { name: "Create connect link" }).click();
  const link = await page.getByTestId("connect-link").inputValue();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(new URL(link).pathname);
  await expect(visitor.getByRole("heading", { name: `Connect ${tenant.clients.b.name}'s X account` })).toBeVisible();
  await keepScreenshot(visitor, "connect-link");
  await visitor.getByRole("button", { name: "Connect with X" }).click();
  await visitor.getByLabel("Sign in as").selectOption("lumenbikes");
  await visitor.getByRole("button", { name: "Authorize app" }).click();
  await expect(visitor.getByTestId("connect-outcome")).toHaveText("Connected");
  await expect(visitor.getByText("@lumenbikes")).toBeVisible();

  await visitor.goto(new URL(link).pathname);
  await expect(visitor.getByTestId("connect-problem")).toContainText("already used");

  await page.reload();
  await expect(page.getByTestId("x-account").filter({ hasText: "@lumenbikes" })).toBeVisible();
});

test("an expired connect link shows its page and offers nothing to press", async ({ page, browser, tenant }) => {
  await signIn(page, tenant.users.manager.email);
  await page.goto(`/clients/${tenant.clients.a.id}`);
  await page.getByRole("button", { name: "Create connect link" }).click();
  const link = await page.getByTestId("connect-link").inputValue();
  await db.connectLink.updateMany({ where: { clientId: tenant.clients.a.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1_000) } });

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(new URL(link).pathname);
  await expect(visitor.getByTestId("connect-problem")).toContainText("has expired");
  await expect(visitor.getByRole("button", { name: "Connect with X" })).toHaveCount(0);

  // An altered link (its expiry pushed back) is not a link at all.
  const [nonce, seconds, signature] = new URL(link).pathname.split("/").at(-1)?.split(".") ?? [];
  await visitor.goto(`/connect/${nonce}.${Number(seconds) + 86_400}.${signature}`);
  await expect(visitor.getByTestId("connect-problem")).toContainText("not valid");
});

test("an account whose token refresh X refuses shows 'Needs reconnection' on its client page", async ({ page, tenant }) => {
  const { accountId, brand } = await connectSimAccount(tenant, SIM_URL);
  await signIn(page, tenant.users.manager.email);
  await page.goto(`/clients/${tenant.clients.a.id}`);
  const account = page.getByTestId("x-account").filter({ hasText: `@${brand.username}` });
  await expect(account.getByText("Syncing")).toBeVisible();

  // The client revokes Rapport on X: the grant dies, so the worker's next call fails and its refresh is refused.
  const row = await db.xAccount.findUniqueOrThrow({ where: { id: accountId }, omit: { refreshTokenEnc: false } });
  const revoked = await fetch(`${SIM_URL}/2/oauth2/revoke`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from("rapport-dev:rapport-dev-secret").toString("base64")}` },
    body: new URLSearchParams({ token: openToken(row.refreshTokenEnc ?? ""), token_type_hint: "refresh_token" }),
  });
  expect(revoked.ok).toBe(true);

  await expect(async () => {
    await page.reload();
    await expect(account.getByText("Needs reconnection")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(account.getByText("X no longer accepts this connection")).toBeVisible();
  await expect(account.getByTestId("sync-summary")).toContainText("next paused");
  expect((await db.xAccount.findUniqueOrThrow({ where: { id: accountId }, select: { status: true } })).status).toBe("NEEDS_RECONNECT");
});
