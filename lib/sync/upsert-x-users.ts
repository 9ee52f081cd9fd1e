import type { XUserProfile } from "@/lib/x";
import { inTransaction } from "./pg-pool";

// x_users is public X data shared by every tenant, and the same people write to many brands: upserting it
// inside each page's transaction made concurrent pages queue on the same rows. It is written in its own
// short statements before the page instead (idempotent, so nothing needs it to be atomic with the page):
// new people are inserted without touching existing rows, and only profiles that changed are updated.
const INSERT_NEW = `
INSERT INTO x_users (id, username, name, description, profile_image_url, verified, followers_count, following_count, updated_at)
SELECT t.*, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::int[], $8::int[])
  AS t(id, username, name, description, profile_image_url, verified, followers_count, following_count)
ORDER BY t.id
ON CONFLICT (id) DO NOTHING`;

const UPDATE_CHANGED = `
UPDATE x_users u SET username = t.username, name = t.name, description = t.description, profile_image_url = t.profile_image_url,
  verified = t.verified, followers_count = t.followers_count, following_count = t.following_count, updated_at = now()
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::int[], $8::int[])
  AS t(id, username, name, description, profile_image_url, verified, followers_count, following_count)
WHERE u.id = t.id AND (u.username, u.name, u.description, u.profile_image_url, u.verified, u.followers_count, u.following_count)
  IS DISTINCT FROM (t.username, t.name, t.description, t.profile_image_url, t.verified, t.followers_count, t.following_count)`;

// Authors X did not expand (a missing include): a placeholder keeps the foreign key; a later read fills it in.
const PLACEHOLDERS = `
INSERT INTO x_users (id, username, name, updated_at)
SELECT id, '', '', now() FROM unnest($1::text[]) AS id ORDER BY 1
ON CONFLICT (id) DO NOTHING`;

// Profiles this process wrote lately, by a fingerprint of what we store: unchanged ones are skipped.
const MAX_REMEMBERED = 200_000;
const written = new Map<string, string>();

const fingerprint = (u: XUserProfile) => JSON.stringify([u.username, u.name, u.description, u.profileImageUrl, u.verified, u.followersCount, u.followingCount]);

function columns(list: readonly XUserProfile[]): unknown[] {
  return [
    list.map((u) => u.id),
    list.map((u) => u.username),
    list.map((u) => u.name),
    list.map((u) => u.description),
    list.map((u) => u.profileImageUrl),
    list.map((u) => u.verified),
    list.map((u) => u.followersCount),
    list.map((u) => u.followingCount),
  ];
}

/** Makes sure every author exists in x_users, with the newest profile X sent. */
export async function upsertXUsers(users: readonly XUserProfile[], requiredIds: readonly string[]): Promise<void> {
  const byId = new Map(users.map((u) => [u.id, u]));
  const changed = [...byId.values()].filter((u) => written.get(u.id) !== fingerprint(u)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const missing = [...new Set(requiredIds)].filter((id) => !byId.has(id) && !written.has(id)).sort();
  // Separate short transactions, retried on deadlock: x_users triggers touch conversations across tenants.
  if (changed.length) {
    await inTransaction((client) => client.query(INSERT_NEW, columns(changed)));
    await inTransaction((client) => client.query(UPDATE_CHANGED, columns(changed)));
  }
  if (missing.length) await inTransaction((client) => client.query(PLACEHOLDERS, [missing]));
  if (written.size > MAX_REMEMBERED) written.clear();
  for (const u of changed) written.set(u.id, fingerprint(u));
}
