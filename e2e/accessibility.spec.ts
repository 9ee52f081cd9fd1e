import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { createConversations } from "../tests/factories/create-conversations";
import { signIn, switchUser } from "./fixtures/session";
import { expect, test } from "./fixtures/test";

type Found = Record<string, Array<{ rule: string; impact: string | null | undefined; targets: string[] }>>;

/** What axe finds against WCAG 2.1 A and AA on the page as it stands (empty when it passes). */
async function audit(page: Page, found: Found, name: string, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  found[name] = result.violations.map((v) => ({ rule: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.html.slice(0, 120)}`) }));
}

const clean = (found: Found) => Object.fromEntries(Object.keys(found).map((name) => [name, []]));

test("the pages people live in pass axe's WCAG 2.1 AA checks, light and dark, desktop and phone", async ({ page, tenant }) => {
  test.slow(); // two dozen page audits
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  // Every state a row can show: overdue, due soon, comfortable, assigned and tagged, with a draft.
  const [conversation] = await createConversations(tenant, [
    { client: "a", text: "Where is my order?", kind: "MENTION", lastInboundAt: ago(600), slaDueAt: ago(60) },
    { client: "a", text: "Love the new menu", kind: "REPLY", lastInboundAt: ago(5), slaDueAt: new Date(Date.now() + 10 * 60_000), hasDraft: true, tags: ["praise"] },
    { client: "a", text: "Quoting this", kind: "QUOTE", assigneeId: tenant.users.manager.id },
  ]);
  // An account X refused: its warnings show on the client page and in the inbox.
  await db.xAccount.updateMany({ where: { id: conversation!.accountId }, data: { status: "NEEDS_RECONNECT", lastError: "X refused the token refresh" } });
  const found: Found = {};
  await audit(page, found, "sign-in", "/sign-in");
  await signIn(page, tenant.users.manager.email);
  for (const theme of ["light", "dark"] as const) {
    await page.context().addCookies([{ name: "theme", value: theme, url: page.url() }]);
    for (const [name, path] of [
      ["inbox", "/inbox"],
      ["conversation", `/inbox/${conversation!.id}`],
      ["approvals", "/approvals"],
      ["clients", "/clients"],
      ["client", `/clients/${tenant.clients.a.id}`],
      ["reports", "/reports"],
      ["settings", "/settings"],
    ] as const) {
      await audit(page, found, `${theme} ${name}`, path);
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await audit(page, found, "phone inbox", "/inbox");
  // On a phone the filters fold behind one button.
  await expect(page.getByLabel("Client")).toBeHidden();
  await page.getByRole("button", { name: "Filters" }).click();
  await expect(page.getByLabel("Client")).toBeVisible();
  await audit(page, found, "phone conversation", `/inbox/${conversation!.id}`);
  await switchUser(page, tenant.users.viewerA.email);
  await audit(page, found, "phone portal", "/portal");
  await page.setViewportSize({ width: 1280, height: 720 });
  await audit(page, found, "portal", "/portal");
  expect(found).toEqual(clean(found));
});
