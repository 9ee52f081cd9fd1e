process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/rapport_reports_bench";
const { db } = await import("@/lib/db");
const { loadMonthFigures } = await import("@/lib/reports/load-month-figures");
const { loadTopConversations, loadTopPeople, loadTopPosts, loadUsage } = await import("@/lib/reports/load-top-lists");
const { daysOf, monthSpan } = await import("@/lib/reports/month");
const c = (await db.client.findFirst({ where: { name: { startsWith: "Client A bench" } }, orderBy: { createdAt: "desc" } }))!;
const accounts = await db.xAccount.findMany({ where: { clientId: c.id }, select: { id: true, username: true } });
const m = { year: 2026, month: 10 };
const span = monthSpan(m, c.timezone);
const scope = { clientId: c.id, from: span.from, to: span.to };
async function t(name: string, f: () => Promise<unknown>) { const xs: number[] = []; for (let i = 0; i < 8; i++) { const s = performance.now(); await f(); xs.push(performance.now() - s); } xs.sort((a, b) => a - b); console.log(name.padEnd(12), xs.map((x) => Math.round(x)).join(" ")); }
await t("figures", () => loadMonthFigures({ agencyId: c.agencyId, clientId: c.id, days: daysOf(m), accounts }));
await t("topPosts", () => loadTopPosts(c.id, "2026-10-01", "2026-10-31"));
await t("topConv", () => loadTopConversations(scope));
await t("topPeople", () => loadTopPeople(scope));
await t("usage", () => loadUsage(c.agencyId, c.id, "2026-10-01", "2026-10-31"));
await db.$disconnect();
