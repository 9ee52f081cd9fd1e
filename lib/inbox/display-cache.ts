import { db } from "@/lib/db";
import { type BusinessHours, businessHoursSchema } from "@/lib/sla/business-hours";

// What a page of the inbox shows but rarely changes, kept per process so the list query stays one narrow
// statement: shipping each row's client hours (JSON) and building its tags as JSON in SQL doubled the
// query's time at 1M mentions (bench/inbox). Entries are checked against the database's own version
// (the client's updated_at; any tag id not yet known), so a change made elsewhere is picked up at once.

const MAX_CLIENTS = 5_000;
const TAGS_TTL_MS = 60_000;

const hoursByClient = new Map<string, { updatedAt: number; hours: BusinessHours | null }>();
const tagsByAgency = new Map<string, { loadedAt: number; tags: Map<string, { id: string; name: string; color: string }> }>();

/** Business hours per client for a page's rows; reads only clients whose hours changed or were never read. */
export async function clientHours(clients: { id: string; updatedAt: Date }[]): Promise<(clientId: string) => BusinessHours | null> {
  const stale = [...new Map(clients.map((c) => [c.id, c])).values()].filter((c) => hoursByClient.get(c.id)?.updatedAt !== c.updatedAt.getTime());
  if (stale.length) {
    const rows = await db.client.findMany({ where: { id: { in: stale.map((c) => c.id) } }, select: { id: true, businessHours: true, updatedAt: true } });
    if (hoursByClient.size + rows.length > MAX_CLIENTS) hoursByClient.clear();
    for (const row of rows) {
      // Hours were validated when saved; a row that no longer parses is judged by its due time alone.
      const parsed = businessHoursSchema.safeParse(row.businessHours);
      hoursByClient.set(row.id, { updatedAt: row.updatedAt.getTime(), hours: parsed.success ? parsed.data : null });
    }
  }
  return (clientId) => hoursByClient.get(clientId)?.hours ?? null;
}

/** Names and colours for tag ids of an agency; reloads when an id is unknown (a tag just made) or after a minute. */
export async function agencyTags(agencyId: string, ids: Iterable<string>, now = Date.now()): Promise<(id: string) => { id: string; name: string; color: string } | undefined> {
  let entry = tagsByAgency.get(agencyId);
  const wanted = [...ids];
  if (!entry || now - entry.loadedAt > TAGS_TTL_MS || wanted.some((id) => !entry?.tags.has(id))) {
    const tags = await db.tag.findMany({ where: { agencyId }, select: { id: true, name: true, color: true } });
    entry = { loadedAt: now, tags: new Map(tags.map((t) => [t.id, t])) };
    tagsByAgency.set(agencyId, entry);
  }
  const tags = entry.tags;
  return (id) => tags.get(id);
}
