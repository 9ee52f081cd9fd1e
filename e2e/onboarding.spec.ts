import { signIn } from "./fixtures/session";
import { keepScreenshot } from "./fixtures/screenshot";
import { expect, test } from "./fixtures/test";

test("an account manager connects an X account through X's authorize page", async ({ page, tenant }) => {
  await signIn(page, tenant.users.manager.email);
  await page.goto(`/clients/${tenant.clients.a.id}`);
  await page.getByRole("button", { name: "Connect X account" }).click();

  // The simulator's consent page, exactly where real X's would be.
  await expect(page.getByRole("button", { name: "Authorize app" })).toBeVisible();
  await page.getByLabel("Sign in as").selectOption("northwindcoffee");
  await page.getByRole("button", { name: "Authorize app" }).click();

  await expect(page).toHaveURL(new RegExp(`/clients/${tenant.clients.a.id}\\?connected=northwindcoffee`));
  await expect(page.getByText("@northwindcoffee is connected.")).toBeVisible();
  const account = page.getByTestId("x-account").filter({ hasText: "@northwindcoffee" });
  await expect(account).toBeVisible();

  // The worker picks the new account up and its first sync lands.
  await expect(async () => {
    await page.reload();
    await expect(account.getByTestId("sync-summary")).toContainText(/Last sync \d+ (s|min) ago/, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(account.getByTestId("sync-summary")).not.toContainText(" 0 items read");
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
