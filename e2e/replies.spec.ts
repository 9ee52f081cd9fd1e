import type { Page } from "@playwright/test";
import { connectSimAccount, createSavedReplyFor, createThread, mentionOnX } from "../tests/factories/create-thread";
import { keepScreenshot } from "./fixtures/screenshot";
import { signIn, switchUser } from "./fixtures/session";
import { expect, test } from "./fixtures/test";

const SIM_URL = `http://127.0.0.1:${process.env.E2E_SIM_PORT ?? 4110}`;

/** The simulator's ground truth: what the account really posted through the API. */
async function postedBy(username: string): Promise<Array<{ text: string; kind: string; inReplyToPostId: string | null }>> {
  const res = await fetch(`${SIM_URL}/_sim/truth/created?account=${encodeURIComponent(username)}`);
  return ((await res.json()) as { posts: Array<{ text: string; kind: string; inReplyToPostId: string | null }> }).posts;
}

/** Opens the conversation from the inbox with the keyboard. */
async function openConversation(page: Page, conversationId: string) {
  await page.goto("/inbox");
  await page.locator(`a[href^="/inbox/${conversationId}"]`).first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/inbox/${conversationId}`));
  await expect(page.getByRole("list", { name: "Thread" })).toBeVisible();
}

test("a mention made on X arrives live through the sync worker; staff open it and answer it from the keyboard, once", async ({ page, tenant }) => {
  test.slow(); // waits on the real worker's polling
  const { brand } = await connectSimAccount(tenant, SIM_URL);
  await createSavedReplyFor(tenant, { title: "Refund on its way", body: "Hi {{first_name}}, your refund is on its way. Thanks for your patience!" });
  await signIn(page, tenant.users.staffA.email);
  await page.goto("/inbox?sort=newest");
  await expect(page.getByTestId("empty-state").or(page.getByTestId("inbox-row").first())).toBeVisible();

  const id = Math.random().toString(36).slice(2, 8);
  const mention = await mentionOnX(SIM_URL, { to: brand.username, from: { username: `robin${id}`, name: "Robin Vale" }, text: `@${brand.username} where is my refund? ${id}` });
  // The worker polls the simulator, stores the mention and notifies; the open inbox offers it without a reload.
  await expect(page.getByTestId("new-items")).toHaveText(/1 new conversation/, { timeout: 30_000 });
  await page.keyboard.press(".");
  const row = page.getByTestId("inbox-row").filter({ hasText: `where is my refund? ${id}` });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Robin Vale");

  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Thread" }).getByText(`where is my refund? ${id}`)).toBeVisible();
  await page.keyboard.press("r");
  await page.keyboard.press("/");
  await page.keyboard.type("refund");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Reply text")).toHaveValue("Hi Robin, your refund is on its way. Thanks for your patience!");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByText("Reply sent. The conversation is done.")).toBeVisible();
  await expect(page.getByTestId("conversation-status")).toHaveText("Done");

  const posted = await postedBy(brand.username);
  expect(posted).toHaveLength(1);
  expect(posted[0]).toMatchObject({ kind: "reply", inReplyToPostId: mention.id });
});

test("staff reply with a saved reply from the keyboard; X gets exactly one reply and the conversation is done", async ({ page, tenant }) => {
  const thread = await createThread(tenant, { simUrl: SIM_URL, history: true, personName: "Jamie Rivera" });
  await createSavedReplyFor(tenant, { title: "Delivery delay apology", body: "Sorry for the wait, {{first_name}}! {{agent}} here: we're chasing order 4417 with the courier now." });
  await signIn(page, tenant.users.staffA.email);
  await openConversation(page, thread.conversationId);

  await expect(page.getByRole("list", { name: "Thread" }).getByText("my order has not arrived yet")).toBeVisible();
  await expect(page.getByTestId("past-interactions")).toContainText("Answered and closed");

  // r focuses the composer; "/" in an empty composer opens the saved replies; Enter inserts the match.
  await page.keyboard.press("r");
  await expect(page.getByLabel("Reply text")).toBeFocused();
  await page.keyboard.press("/");
  await page.keyboard.type("delay");
  await page.keyboard.press("Enter");
  const expected = `Sorry for the wait, Jamie! ${tenant.users.staffA.name.split(" ")[0]} here: we're chasing order 4417 with the courier now.`;
  await expect(page.getByLabel("Reply text")).toHaveValue(expected);
  await expect(page.getByTestId("reply-counter")).toHaveText(`${expected.length} / 280`);
  await expect(page.getByTestId("save-state")).toHaveText("Draft saved");
  // The draft survives a reload.
  await page.reload();
  await expect(page.getByLabel("Reply text")).toHaveValue(expected);
  await keepScreenshot(page, "composer");
  await page.keyboard.press("r");

  await page.keyboard.press("Control+Enter");
  await expect(page.getByText("Reply sent. The conversation is done.")).toBeVisible();
  await expect(page.getByTestId("conversation-status")).toHaveText("Done");
  await expect(page.getByTestId("brand-reply-badge")).toContainText(`sent by ${tenant.users.staffA.name}`);
  const posted = await postedBy(thread.brand.username);
  expect(posted).toHaveLength(1);
  expect(posted[0]).toMatchObject({ kind: "reply", text: expected, inReplyToPostId: thread.followUp.xId });
  await keepScreenshot(page, "thread");

  // Esc leaves the field, a second Esc goes back to the inbox.
  await page.keyboard.press("r");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/inbox$/);
});

test("a second staff member sees who else is on the conversation, and that they are drafting", async ({ browser, tenant }) => {
  test.slow(); // two signed-in pages, each polling
  const thread = await createThread(tenant, { simUrl: SIM_URL });
  const sam = await browser.newPage();
  const tess = await browser.newPage();
  await signIn(sam, tenant.users.staffA.email);
  await signIn(tess, tenant.users.staffAll.email);
  await sam.goto(`/inbox/${thread.conversationId}?reply=1`);
  await expect(sam.getByLabel("Reply text")).toBeFocused();
  await sam.keyboard.type("Checking with the courier");

  await tess.goto(`/inbox/${thread.conversationId}`);
  const indicator = tess.getByTestId("collision-indicator");
  await expect(indicator).toContainText(`${tenant.users.staffA.name} is drafting a reply`);
  await expect(sam.getByTestId("collision-indicator")).toContainText(`${tenant.users.staffAll.name} is viewing`);
  await keepScreenshot(tess, "collision");

  // Sam leaves Tess a note: "@" offers teammates; the note reaches Tess's open page live.
  await sam.keyboard.press("Escape");
  await sam.keyboard.press("n");
  await expect(sam.getByRole("combobox", { name: "Note" })).toBeFocused();
  await sam.keyboard.type("Courier says tomorrow. @staff-all");
  await sam.getByRole("option", { name: `@${tenant.users.staffAll.name}` }).click();
  await sam.getByRole("button", { name: "Add note" }).click();
  await expect(sam.getByText("your teammate was notified")).toBeVisible();
  await expect(tess.getByTestId("notes")).toContainText(`Courier says tomorrow. @${tenant.users.staffAll.name}`);

  // Tess answers first; Sam is warned before his reply goes out too.
  await tess.getByLabel("Reply text").fill("We have asked the courier, Jamie.");
  await tess.getByRole("button", { name: "Send reply" }).click();
  await expect(tess.getByText("Reply sent.", { exact: false })).toBeVisible();
  await sam.getByRole("button", { name: "Send reply" }).click();
  await expect(sam.getByTestId("collision-warning")).toContainText("We have asked the courier, Jamie.");
  expect(await postedBy(thread.brand.username)).toHaveLength(1);
  await sam.close();
  await tess.close();
});

test("a reply needing approval is rejected, reworked, then approved by the client in the portal, and sent once", async ({ browser, tenant }) => {
  test.slow(); // three signed-in pages
  const thread = await createThread(tenant, { simUrl: SIM_URL, approvalRule: "EVERY_REPLY" });
  const staff = await browser.newPage();
  await signIn(staff, tenant.users.staffA.email);
  await staff.goto(`/inbox/${thread.conversationId}`);
  await staff.getByLabel("Reply text").fill("lol our bad, it'll turn up");
  await staff.getByRole("button", { name: "Submit for approval" }).click();
  await expect(staff.getByTestId("draft-status")).toContainText("Waiting for approval");
  await expect(staff.getByTestId("conversation-status")).toHaveText("Pending approval");
  expect(await postedBy(thread.brand.username)).toHaveLength(0);

  // The account manager rejects it with a comment; the author sees it live.
  const manager = await browser.newPage();
  await signIn(manager, tenant.users.manager.email);
  await manager.goto("/approvals");
  const item = manager.getByTestId("approval-item").filter({ hasText: "lol our bad" });
  await item.getByLabel("Comment (needed to reject)").fill("Too casual. Apologise and give the order status.");
  await keepScreenshot(manager, "approvals");
  await item.getByRole("button", { name: "Reject" }).click();
  await expect(manager.getByText("Rejected. The author sees your comment.")).toBeVisible();
  await expect(staff.getByTestId("draft-status")).toContainText("Too casual. Apologise and give the order status.");

  await staff.getByLabel("Reply text").fill("We're sorry, Jamie. Order 4417 is with the courier and due tomorrow.");
  await staff.getByRole("button", { name: "Submit for approval" }).click();
  await expect(staff.getByTestId("draft-status")).toContainText("Waiting for approval");

  // The client's viewer approves it in their portal.
  const viewer = await browser.newPage();
  await signIn(viewer, tenant.users.viewerA.email);
  await viewer.goto("/portal");
  const second = viewer.getByTestId("pending-approvals").getByTestId("approval-item").filter({ hasText: "Order 4417 is with the courier" });
  await keepScreenshot(viewer, "portal-approval");
  await second.getByRole("button", { name: "Approve and send" }).click();
  await expect(viewer.getByText("Approved and sent to X.")).toBeVisible();

  await expect(staff.getByText(/Approved by .* and sent\./)).toBeVisible();
  const posted = await postedBy(thread.brand.username);
  expect(posted.map((p) => p.text)).toEqual(["We're sorry, Jamie. Order 4417 is with the courier and due tomorrow."]);
  await expect(staff.getByTestId("conversation-status")).toHaveText("Done");
  for (const p of [staff, manager, viewer]) await p.close();
});

test("account managers keep saved replies; admins read who did what in the client's audit log", async ({ page, tenant }) => {
  await signIn(page, tenant.users.manager.email);
  await page.goto("/settings/saved-replies");
  const form = page.getByRole("form", { name: "New saved reply" });
  await form.getByLabel("Title").fill("Thanks for the kind words");
  await form.getByLabel("Reply").fill("Thank you, {{first_name}}! That made our day. {{agent}}");
  await form.getByLabel("Available for").selectOption({ label: `${tenant.clients.a.name} only` });
  await form.getByRole("button", { name: "Add saved reply" }).click();
  await expect(page.getByTestId("saved-replies")).toContainText("Thanks for the kind words");
  await expect(page.getByTestId("saved-replies")).toContainText(`${tenant.clients.a.name}`);
  await keepScreenshot(page, "saved-replies");

  await switchUser(page, tenant.users.admin.email);
  await page.goto(`/clients/${tenant.clients.a.id}/audit`);
  await expect(page.getByTestId("audit-log")).toContainText("Added a saved reply");
  await expect(page.getByTestId("audit-log")).toContainText(tenant.users.manager.name);
  await keepScreenshot(page, "audit");
  expect((await page.request.get(`/clients/${tenant.clients.b.id}/audit?cursor=bogus`)).status()).toBe(200);

  await switchUser(page, tenant.users.manager.email);
  expect((await page.request.get(`/clients/${tenant.clients.a.id}/audit`)).status()).toBe(404);
});
