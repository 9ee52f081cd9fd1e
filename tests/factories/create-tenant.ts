import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/db/generated/enums";

export const TEST_PASSWORD = "correct horse battery";

let passwordHash: Promise<string> | undefined;
const sharedHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export type TestUser = { id: string; email: string; name: string; role: Role; membershipId: string };

export type TestTenant = {
  agencyId: string;
  agencyName: string;
  clients: { a: { id: string; name: string }; b: { id: string; name: string } };
  users: { admin: TestUser; manager: TestUser; staffA: TestUser; staffAll: TestUser; viewerA: TestUser };
};

/**
 * A fresh agency, uniquely named, with two clients (A and B) and one person per role:
 * staffA works only client A; staffAll works all clients; viewerA belongs to client A.
 * Every test makes its own, so tests never depend on each other's data.
 */
export async function createTenant(label = "t"): Promise<TestTenant> {
  const tag = `${label}-${randomUUID().slice(0, 8)}`;
  const hash = await sharedHash();
  const agency = await db.agency.create({ data: { name: `Agency ${tag}`, slug: `agency-${tag}` } });
  const hours = { mon: [{ start: "09:00", end: "17:00" }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  const makeClient = (name: string) =>
    db.client.create({ data: { agencyId: agency.id, name: `${name} ${tag}`, businessHours: hours, timezone: "Europe/London" }, select: { id: true, name: true } });
  const a = await makeClient("Client A");
  const b = await makeClient("Client B");

  const makeUser = async (key: string, role: Role, extra: { allClients?: boolean; clientId?: string; clientIds?: string[] } = {}): Promise<TestUser> => {
    const email = `${key}-${tag}@test.rapport`;
    const name = `${key} ${tag}`;
    const user = await db.user.create({ data: { email, name, passwordHash: hash } });
    const membership = await db.membership.create({
      data: {
        userId: user.id,
        agencyId: agency.id,
        role,
        allClients: extra.allClients ?? false,
        clientId: extra.clientId ?? null,
        clients: extra.clientIds ? { create: extra.clientIds.map((clientId) => ({ clientId })) } : undefined,
      },
    });
    return { id: user.id, email, name, role, membershipId: membership.id };
  };

  return {
    agencyId: agency.id,
    agencyName: agency.name,
    clients: { a, b },
    users: {
      admin: await makeUser("admin", "AGENCY_ADMIN"),
      manager: await makeUser("manager", "ACCOUNT_MANAGER"),
      staffA: await makeUser("staff-a", "STAFF", { clientIds: [a.id] }),
      staffAll: await makeUser("staff-all", "STAFF", { allClients: true }),
      viewerA: await makeUser("viewer-a", "CLIENT_VIEWER", { clientId: a.id }),
    },
  };
}
