import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { addNote } from "@/lib/notes/add-note";
import { actorFor } from "../tests/factories/actor-for";
import { createClient, createConversations } from "../tests/factories/create-conversations";
import type { TestTenant } from "../tests/factories/create-tenant";
import { keepScreenshot } from "./fixtures/screenshot";
import { signIn } from "./fixtures/session";
import { expect, test } from "./fixtures/test";

const MIN = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MIN);
const ALWAYS = { mon: [{ start: "00:00", end: "24:00" }], tue: [{ start: "00:00", end: "24:00" }], wed: [{ start: "00:00", end: "24:00" }], thu: [{ start: "00:00", end: "24:00" }], fri: [{ start: "00:00", end: "24:00" }], sat: [{ start: "00:00", end: "24:00" }], sun: [{ start: "00:00", end: "24:00" }] };

const rows = (page: Page) => page.getByTestId("inbox-row");
const currentRow = (page: Page) => page.locator('[data-testid="inbox-row"][data-current]');
/** Server-rendered rows show before the page listens to the keyboard: wait for that too. */
const interactive = (page: Page) => expect(page.getByTestId("inbox")).toHaveAttribute("data-ready", "true");

/** A realistic morning: several clients, every kind, SLA states from overdue to comfortable. */
async function seedMorning(tenant: TestTenant) {
  const coffee = await createClient(tenant, { name: "Northwind Coffee", timezone: "America/New_York", hours: ALWAYS, slaMinutes: 60 });
  const outdoor = await createClient(tenant, { name: "Acme Outdoor", timezone: "Europe/Berlin", hours: ALWAYS, slaMinutes: 240 });
  return createConversations(tenant, [
    { client: coffee.id, account: `northwind_${tenant.agencyId.slice(0, 4)}`, text: "my oat latte order never showed up and the app says delivered??", kind: "MENTION", lastInboundAt: ago(95), author: { name: "Maria Lopez", username: "marialopez", followers: 1840 }, tags: ["shipping"] },
    { client: outdoor.id, account: `acme_${tenant.agencyId.slice(0, 4)}`, text: "Does the Trailhead 40 pack fit carry-on limits on European airlines?", kind: "REPLY", lastInboundAt: ago(50), author: { name: "Kenji Tanaka", username: "kenji_t", followers: 312 } },
    { client: coffee.id, account: `northwind_${tenant.agencyId.slice(0, 4)}`, text: "Charged twice for my subscription this month, can someone help me out", kind: "MENTION", lastInboundAt: ago(48), author: { name: "Aisha Khan", username: "aishak", followers: 20400 }, tags: ["billing", "refund"], hasDraft: true },
    { client: "a", text: "Loving the new autumn menu, the pumpkin scone is perfect", kind: "QUOTE", lastInboundAt: ago(30), author: { name: "Lucas Silva", username: "lucas.silva", followers: 92 }, tags: ["praise"] },
    { client: outdoor.id, account: `acme_${tenant.agencyId.slice(0, 4)}`, text: "Zipper on my jacket broke after two weeks. Warranty?", kind: "MENTION", lastInboundAt: ago(20), author: { name: "Emma Brown", username: "emmab", followers: 5600 }, assigneeId: tenant.users.staffAll.id },
    { client: "b", text: "Is the store on Main Street open on Sunday?", kind: "REPLY", lastInboundAt: ago(12), author: { name: "Noah Rossi", username: "noahr", followers: 48 } },
    { client: coffee.id, account: `northwind_${tenant.agencyId.slice(0, 4)}`, text: "When is the holiday blend coming back? Asking for my whole office", kind: "MENTION", lastInboundAt: ago(4), author: { name: "Sofia Novak", username: "sofianovak", followers: 733 } },
    { client: "a", text: "Thanks for the quick fix yesterday!", kind: "REPLY", lastInboundAt: ago(180), awaitingSince: null, author: { name: "Oscar Dubois", username: "oscard", followers: 1204 } },
  ]);
}

test("staff triage from the keyboard: move, done, assign, snooze, search, shortcuts", async ({ page, tenant }) => {
  await createConversations(tenant, [
    { client: "a", text: "First: my parcel is late", lastInboundAt: ago(30), author: { name: "Ada First" } },
    { client: "a", text: "Second: the app crashes on login", lastInboundAt: ago(20), author: { name: "Ben Second" } },
    { client: "a", text: "Third: do you ship to Norway?", lastInboundAt: ago(10), author: { name: "Cy Third" } },
    { client: "a", text: "Fourth: love the new colours", lastInboundAt: ago(5), author: { name: "Di Fourth" } },
    { client: "b", text: "Client B secret: not for staff A", lastInboundAt: ago(25) },
  ]);
  await signIn(page, tenant.users.staffA.email);
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByText("Client B secret")).toHaveCount(0);
  await expect(page.getByTestId("count-open")).toHaveText("4");
  await interactive(page);

  // j/k move the current row and the focus with it.
  await page.keyboard.press("j");
  await expect(currentRow(page)).toContainText("First: my parcel is late");
  await expect(currentRow(page).locator("a")).toBeFocused();
  await page.keyboard.press("j");
  await expect(currentRow(page)).toContainText("Second");
  await page.keyboard.press("k");
  await expect(currentRow(page)).toContainText("First");

  // e: done; the row leaves Open and the next one becomes current.
  await page.keyboard.press("e");
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByTestId("inbox-toast")).toContainText("Done");
  await expect(currentRow(page)).toContainText("Second");
  await expect(page.getByTestId("count-open")).toHaveText("3");

  // a: the picker; m assigns to me.
  await page.keyboard.press("a");
  await expect(page.getByRole("dialog", { name: "Assign conversation" })).toBeVisible();
  await page.keyboard.press("m");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(currentRow(page)).toContainText(`Assigned to ${tenant.users.staffA.name}`);

  // s: snooze one hour (key 1); it leaves Open and shows under Snoozed.
  await page.keyboard.press("s");
  await expect(page.getByRole("dialog", { name: "Snooze conversation" })).toBeVisible();
  await page.keyboard.press("1");
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByTestId("count-snoozed")).toHaveText("1");

  // /: search, Enter applies it and puts it in the URL.
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox", { name: "Search text and authors" })).toBeFocused();
  await page.keyboard.type("norway");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=norway/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText("Third: do you ship to Norway?");

  // ?: every shortcut, in an accessible dialog.
  await page.keyboard.press("Escape");
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help.getByText("Done (reopen if done)")).toBeVisible();
  await keepScreenshot(page, "inbox-shortcuts");
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);

  // 3: the Snoozed view has the snoozed conversation.
  await page.goto("/inbox?status=snoozed");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText("Second");
});

test("filters live in the URL and survive a reload", async ({ page, tenant }) => {
  await createConversations(tenant, [
    { client: "a", text: "A mention about billing", kind: "MENTION", tags: ["billing"] },
    { client: "a", text: "A reply about billing", kind: "REPLY", tags: ["billing"] },
    { client: "a", text: "A reply about shipping", kind: "REPLY", tags: ["shipping"] },
    { client: "b", text: "Client B reply about billing", kind: "REPLY", tags: ["billing"] },
  ]);
  await signIn(page, tenant.users.staffAll.email);
  await expect(rows(page)).toHaveCount(4);
  await page.getByLabel("Kind").selectOption("reply");
  await expect(page).toHaveURL(/kind=reply/);
  await expect(rows(page)).toHaveCount(3);
  await page.getByLabel("Tag").selectOption("billing");
  await expect(page).toHaveURL(/tag=billing/);
  await expect(rows(page)).toHaveCount(2);
  await page.getByLabel("Client").selectOption({ label: tenant.clients.a.name });
  await expect(rows(page)).toHaveCount(1);

  await page.reload();
  await expect(page.getByLabel("Kind")).toHaveValue("reply");
  await expect(page.getByLabel("Tag")).toHaveValue("billing");
  await expect(page.getByLabel("Client")).toHaveValue(tenant.clients.a.id);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText("A reply about billing");

  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(rows(page)).toHaveCount(4);
});

test("bulk done on a selection, and undo", async ({ page, tenant }) => {
  await createConversations(tenant, [
    { client: "a", text: "Bulk one", lastInboundAt: ago(30) },
    { client: "a", text: "Bulk two", lastInboundAt: ago(20) },
    { client: "a", text: "Keep me", lastInboundAt: ago(10) },
  ]);
  await signIn(page, tenant.users.staffA.email);
  await expect(rows(page)).toHaveCount(3);
  await interactive(page);
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  const bar = page.getByRole("toolbar", { name: "Selected conversations" });
  await expect(bar).toContainText("2 selected");
  await bar.getByRole("button", { name: /Done/ }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText("Keep me");
  await expect(page.getByTestId("count-done")).toHaveText("2");
  // The list changes at once; the toast says the server has it. z undoes it.
  await expect(page.getByTestId("inbox-toast")).toContainText("Done: 2 conversations");
  await page.keyboard.press("z");
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByTestId("count-open")).toHaveText("3");
  await expect(page.getByTestId("count-done")).toHaveText("0");

  // Again, selecting with the mouse and acting with the keyboard.
  await rows(page).filter({ hasText: "Bulk one" }).getByRole("checkbox").check();
  await rows(page).filter({ hasText: "Bulk two" }).getByRole("checkbox").check();
  await expect(bar).toContainText("2 selected");
  await page.keyboard.press("e");
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId("inbox-toast")).toContainText("Done: 2 conversations");

  await page.reload();
  await expect(rows(page)).toHaveCount(1);
  await page.goto("/inbox?status=done");
  await expect(rows(page)).toHaveCount(2);
  await interactive(page);
  await page.keyboard.press("X");
  await page.keyboard.press("e");
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByTestId("empty-state")).toContainText("Nothing is done yet");
  await expect(page.getByTestId("inbox-toast")).toContainText("Reopened 2 conversations");
  await page.goto("/inbox");
  await expect(rows(page)).toHaveCount(3);
});

test("a staff member not assigned to a client never sees its conversations", async ({ page, tenant }) => {
  const [, onB] = await createConversations(tenant, [
    { client: "a", text: "Visible to staff A" },
    { client: "b", text: "Only for client B's team" },
  ]);
  await signIn(page, tenant.users.staffA.email);
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByText("Only for client B's team")).toHaveCount(0);
  await page.goto(`/inbox?client=${tenant.clients.b.id}`);
  await expect(rows(page)).toHaveCount(0);
  await page.goto("/inbox?q=client");
  await expect(page.getByText("Only for client B's team")).toHaveCount(0);
  expect((await page.request.get(`/inbox/${onB?.id}`)).status()).toBe(404);
});

test("new items arrive live: a quiet bar, counts update, and . puts them at the top", async ({ page, tenant }) => {
  await createConversations(tenant, [{ client: "a", text: "Already here", lastInboundAt: ago(30) }]);
  await signIn(page, tenant.users.staffA.email);
  await page.goto("/inbox?sort=newest");
  await expect(rows(page)).toHaveCount(1);
  const [fresh] = await createConversations(tenant, [{ client: "a", text: "Just arrived", lastInboundAt: new Date() }]);
  const [elsewhere] = await createConversations(tenant, [{ client: "b", text: "Not for staff A" }]);
  const announce = (clientId: string, row: { id: string; accountId: string }) =>
    db.$executeRawUnsafe("SELECT pg_notify('rapport_inbox', $1)", JSON.stringify({ agencyId: tenant.agencyId, clientId, accountId: row.accountId, conversationIds: [row.id], count: 1 }));
  // The stream subscribes after the page loads: announce until it is listening.
  await expect(async () => {
    await announce(tenant.clients.b.id, elsewhere!);
    await announce(tenant.clients.a.id, fresh!);
    await expect(page.getByTestId("new-items")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByTestId("new-items")).toHaveText(/1 new conversation/);
  await expect(page.getByTestId("count-open")).toHaveText("2");
  await expect(rows(page)).toHaveCount(1);
  await page.keyboard.press(".");
  await expect(page.getByTestId("new-items")).toHaveCount(0);
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first()).toContainText("Just arrived");
  await expect(page.getByText("Not for staff A")).toHaveCount(0);
});

test("items that arrive while the live stream is down are offered when it reconnects", async ({ page, tenant }) => {
  await createConversations(tenant, [{ client: "a", text: "Already here", lastInboundAt: ago(30) }]);
  await signIn(page, tenant.users.staffA.email);
  await page.route("**/api/inbox/stream", (route) => route.abort());
  await page.goto("/inbox?sort=newest");
  await expect(rows(page)).toHaveCount(1);
  // Committed while this page hears nothing (its stream down, or not open yet after the render).
  await createConversations(tenant, [{ client: "a", text: "Arrived unannounced", lastInboundAt: new Date() }]);
  await createConversations(tenant, [{ client: "b", text: "Not for staff A", lastInboundAt: new Date() }]);
  await page.unroute("**/api/inbox/stream");
  await expect(page.getByTestId("new-items")).toHaveText(/1 new conversation/, { timeout: 20_000 });
  await expect(rows(page)).toHaveCount(1);
  await page.keyboard.press(".");
  await expect(rows(page).first()).toContainText("Arrived unannounced");
  await expect(page.getByText("Not for staff A")).toHaveCount(0);
});

test("a teammate's @mention shows on /inbox; from the conversation the keyboard assigns, tags, parks and closes it", async ({ page, tenant }) => {
  const [conversation] = await createConversations(tenant, [{ client: "a", text: "The jacket I got is the wrong size", lastInboundAt: ago(15), author: { name: "Iris Wong" } }]);
  const manager = await actorFor(tenant.users.manager);
  await addNote(manager, { conversationId: conversation!.id, body: `@${tenant.users.staffA.name} she ordered M, can you check the warehouse?` });
  await signIn(page, tenant.users.staffA.email);

  // The mention waits on the inbox itself, and leads to its conversation.
  const mentions = page.getByRole("navigation", { name: "Mentioned you" });
  await expect(mentions).toContainText("she ordered M");
  await mentions.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/inbox/${conversation!.id}$`));
  await expect(page.getByTestId("conversation-status")).toHaveText("Open");
  await expect(page.getByTestId("assignee")).toHaveText("Unassigned");

  // a: the inbox's assign picker; m takes it.
  await page.keyboard.press("a");
  await expect(page.getByRole("dialog", { name: "Assign conversation" })).toBeVisible();
  await page.keyboard.press("m");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByTestId("assignee")).toHaveText(tenant.users.staffA.name);

  // t: tag it, creating the tag on the way.
  await page.keyboard.press("t");
  await expect(page.getByRole("dialog", { name: "Tag conversation" })).toBeVisible();
  await page.keyboard.type("sizing");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("conversation-tags")).toContainText("sizing");

  // p: waiting on the customer.
  await page.keyboard.press("p");
  await expect(page.getByTestId("conversation-status")).toHaveText(/^Pending/);

  // ?: the conversation's keys, triage included; Esc closes the dialog and stays on the page.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help.getByText("Assign…")).toBeVisible();
  await expect(help.getByText("Pending (waiting on the client or customer)")).toBeVisible();
  await expect(help.getByText("Done (reopen if done)")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/inbox/${conversation!.id}$`));

  // e: done.
  await page.keyboard.press("e");
  await expect(page.getByTestId("conversation-status")).toHaveText("Done");
  await expect(page.getByTestId("inbox-toast")).toContainText("Done");

  // Back in the inbox: the mention was read, and the conversation is done, assigned and tagged.
  await page.goto("/inbox?status=done");
  await expect(page.getByRole("navigation", { name: "Mentioned you" })).toHaveCount(0);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText("sizing");
  await expect(rows(page)).toContainText(`Assigned to ${tenant.users.staffA.name}`);
});

test("the inbox across clients, for the README", async ({ page, tenant }) => {
  await seedMorning(tenant);
  await signIn(page, tenant.users.staffAll.email);
  await expect(rows(page)).toHaveCount(8);
  await interactive(page);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  await page.mouse.move(0, 0);
  await keepScreenshot(page, "inbox");
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await keepScreenshot(page, "inbox-dark");
  await page.evaluate(() => document.documentElement.classList.remove("dark"));
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(rows(page)).toHaveCount(8);
  await keepScreenshot(page, "inbox-mobile");
});
