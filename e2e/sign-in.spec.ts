import { signIn, signOut } from "./fixtures/session";
import { expect, test } from "./fixtures/test";

test("a wrong password is refused with a clear message, and a bad e-mail is flagged at the field", async ({ page, tenant }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByLabel("Password").fill("x");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("email-error")).toHaveText("Enter a valid e-mail address");

  await page.getByLabel("E-mail").fill(tenant.users.staffA.email);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Wrong e-mail or password.");
  await expect(page.getByLabel("E-mail")).toHaveValue(tenant.users.staffA.email);
});

test("repeated failures are throttled with the time to wait", async ({ page, tenant }) => {
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("E-mail").fill(tenant.users.staffAll.email);
    await page.getByLabel("Password").fill(`wrong ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Each answer resets the form; wait for that before the next attempt.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByTestId("form-error")).toBeVisible();
  }
  await expect(page.getByTestId("form-error")).toHaveText(/Too many attempts\. Try again in \d+ s\./);
});

test("signing out ends the session, even for a copy of its cookie", async ({ page, tenant }) => {
  await signIn(page, tenant.users.manager.email);
  const cookieBefore = await page.context().cookies();
  await signOut(page);
  await expect(page.getByTestId("form-success")).toHaveText("You have signed out.");
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/sign-in/);
  // What a request still in flight at sign-out could hand back: the old session cookie.
  await page.context().addCookies(cookieBefore);
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a session cookie that is not a valid session leads to sign-in, not an error", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "authjs.session-token", value: "not-a-session", url: baseURL ?? "http://127.0.0.1" }]);
  const response = await page.goto("/inbox");
  await expect(page).toHaveURL(/\/sign-in/);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});
