import { signIn, signInWithForm, signOut } from "./fixtures/session";
import { keepScreenshot } from "./fixtures/screenshot";
import { expect, test } from "./fixtures/test";

test("an admin invites staff by link; they join, set a password and see their assigned client", async ({ page, browser, tenant }) => {
  await signIn(page, tenant.users.admin.email);
  await page.goto("/settings/team");
  const invite = page.getByRole("form", { name: "Invite someone" });

  // Bad input: a message beside the field, nothing created.
  await invite.getByLabel("E-mail").fill("nope");
  await invite.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByTestId("invite-email-error")).toBeVisible();
  await expect(page.getByTestId("pending-invitation")).toHaveCount(0);

  const email = `joiner-${Date.now()}@test.rapport`;
  await invite.getByLabel("E-mail").fill(email);
  await invite.getByLabel("Role").selectOption("STAFF");
  await invite.getByLabel(tenant.clients.b.name).check();
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
  await expect(page.getByTestId("pending-invitation")).toContainText(email);
  await keepScreenshot(page, "team");

  const joiner = await (await browser.newContext()).newPage();
  await joiner.goto(new URL(link).pathname);
  await joiner.getByLabel("Your name").fill("Jo Iner");
  await joiner.getByLabel("Choose a password").fill("short");
  await joiner.getByLabel("Repeat the password").fill("short");
  await joiner.getByRole("button", { name: "Join and set password" }).click();
  await expect(joiner.getByTestId("password-error")).toHaveText("Use at least 10 characters");

  await joiner.getByLabel("Choose a password").fill("a proper passphrase");
  await joiner.getByLabel("Repeat the password").fill("a proper passphrase");
  await joiner.getByRole("button", { name: "Join and set password" }).click();
  await expect(joiner).toHaveURL(/\/sign-in\?notice=joined/);
  await signInWithForm(joiner, email, "a proper passphrase");
  await joiner.goto("/clients");
  await expect(joiner.getByTestId("client-row")).toHaveText([new RegExp(tenant.clients.b.name)]);

  // The link works once.
  await joiner.goto(new URL(link).pathname);
  await expect(joiner.getByTestId("invitation-problem")).toContainText("already used");
});

test("deactivating a user ends the session they have open", async ({ page, browser, tenant }) => {
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, tenant.users.staffA.email);
  await expect(staff).toHaveURL(/\/inbox$/);

  await signIn(page, tenant.users.admin.email);
  await page.goto("/settings/team");
  const row = page.locator(`[data-testid="member-row"][data-email="${tenant.users.staffA.email}"]`);
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByText("Deactivated")).toBeVisible();

  await staff.goto("/clients");
  await expect(staff).toHaveURL(/\/sign-in/);
  await staff.getByLabel("E-mail").fill(tenant.users.staffA.email);
  await staff.getByLabel("Password").fill("correct horse battery");
  await staff.getByRole("button", { name: "Sign in" }).click();
  await expect(staff.getByTestId("form-error")).toHaveText(/deactivated/);
  await signOut(page);
});

test("an admin changes a staff member's clients", async ({ page, tenant }) => {
  await signIn(page, tenant.users.admin.email);
  await page.goto("/settings/team");
  const row = page.locator(`[data-testid="member-row"][data-email="${tenant.users.staffA.email}"]`);
  await row.getByRole("button", { name: "Edit" }).click();
  await row.getByLabel("All clients, including future ones").check();
  await row.getByRole("button", { name: "Save access" }).click();
  await expect(row).toContainText("All clients");
});
