export type Mentionable = { id: string; name: string };

/**
 * The teammates a note mentions: "@Full Name" as the composer's picker inserts it (case-insensitive),
 * followed by a non-word character or the end. Longer names are tried first, so "@Sam Lee" mentions
 * Sam Lee and not a teammate called Sam; each person counts once.
 */
export function extractMentions(body: string, people: readonly Mentionable[]): string[] {
  const text = body.toLowerCase();
  const found = new Set<string>();
  const taken: Array<[number, number]> = [];
  const byLength = [...people].filter((p) => p.name.trim()).sort((a, b) => b.name.length - a.name.length);
  for (const person of byLength) {
    const needle = `@${person.name.trim().toLowerCase()}`;
    let from = 0;
    for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, from)) {
      from = at + needle.length;
      const next = text.charAt(from);
      if (next && /[\p{L}\p{N}_]/u.test(next)) continue;
      if (taken.some(([start, end]) => at < end && from > start)) continue;
      taken.push([at, from]);
      found.add(person.id);
    }
  }
  return [...found];
}
