process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/rapport_reports_bench";
const { db } = await import("@/lib/db");
const c = (await db.client.findFirst({ where: { name: { startsWith: "Client A bench" } }, orderBy: { createdAt: "desc" } }))!;
const sql = `EXPLAIN (ANALYZE, BUFFERS) WITH top AS (SELECT first_inbound_at, inbound_count, own_reply_count FROM conversations c WHERE c.client_id = $1::uuid AND c.first_inbound_at >= '2026-09-30T23:00:00Z' AND c.first_inbound_at < '2026-11-01T00:00:00Z' ORDER BY c.inbound_count + c.own_reply_count DESC, c.own_reply_count DESC, c.first_inbound_at LIMIT 5)
SELECT c.id FROM top JOIN conversations c ON c.client_id = $1::uuid AND c.first_inbound_at = top.first_inbound_at AND c.inbound_count = top.inbound_count AND c.own_reply_count = top.own_reply_count`;
const rows = (await db.$queryRawUnsafe(sql, c.id)) as { "QUERY PLAN": string }[];
console.log(rows.map((r) => r["QUERY PLAN"]).join("\n"));
await db.$disconnect();
