import { signIn } from "./fixtures/session";
import { keepScreenshot } from "./fixtures/screenshot";
import { expect, test } from "./fixtures/test";

test("an account manager creates a client, edits it and invites its viewer", async ({ page, tenant }) => {
  await signIn(page, tenant.users.manager.email);
  await page.goto("/clients");
  await page.getByRole("link", { name: "New client" }).click();

  const form = page.getByRole("form", { name: "Client details" });
  // Bad input: messages beside the fields, nothing created.
  await form.getByLabel("Time zone").fill("Mars/Olympus");
  await form.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByTestId("client-name-error")).toHaveText("Enter the client's name");
  await expect(page.getByTestId("client-timezone-error")).toBeVisible();

  const name = `Acme Outdoors ${Date.now()}`;
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Time zone").fill("America/Chicago");
  await form.getByLabel("First-response target (minutes of business hours)").fill("45");
  await form.getByLabel("Saturday").check();
  await form.getByLabel("Replies need approval").selectOption("EVERY_REPLY");
  await form.getByLabel("Brand-voice guidelines").fill("Friendly, outdoorsy, never snarky.");
  await keepScreenshot(page, "client-new");
  await form.getByRole("button", { name: "Create client" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("America/Chicago · first response within 45 min")).toBeVisible();
  await expect(page.getByText("Friendly, outdoorsy, never snarky.")).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("First-response target (minutes of business hours)").fill("30");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("first response within 30 min")).toBeVisible();

  const invite = page.getByRole("form", { name: "Invite a client viewer" });
  await invite.getByLabel("E-mail").fill(`client-${Date.now()}@acme.test`);
  await invite.getByRole("button", { name: "Invite to the client portal" }).click();
  await expect(page.getByTestId("viewer-invitation-link")).toHaveValue(/\/invite\//);
  await keepScreenshot(page, "client");
});

test("a duplicate client name is refused at the field", async ({ page, tenant }) => {
  await signIn(page, tenant.users.admin.email);
  await page.goto("/clients/new");
  await page.getByLabel("Name").fill(tenant.clients.a.name);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByTestId("client-name-error")).toHaveText("Another client already has this name");
});

test("staff cannot create or edit clients", async ({ page, tenant }) => {
  await signIn(page, tenant.users.staffAll.email);
  await page.goto("/clients");
  await expect(page.getByRole("link", { name: "New client" })).toHaveCount(0);
  expect((await page.request.get("/clients/new")).status()).toBe(404);
  expect((await page.request.get(`/clients/${tenant.clients.a.id}/edit`)).status()).toBe(404);
});
