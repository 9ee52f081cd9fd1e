import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { DEMO_AGENCY, DEMO_CLIENTS, DEMO_PASSWORD, DEMO_USERS } from "./demo-data";

/**
 * Creates the demo agency, its clients and people. Idempotent: running it again changes
 * nothing that exists (so a demo user's changed password or role survives restarts).
 */
export async function seedDemoAgency(): Promise<{ created: boolean }> {
  const existing = await db.agency.findUnique({ where: { slug: DEMO_AGENCY.slug } });
  if (existing) return { created: false };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const agency = await tx.agency.create({ data: DEMO_AGENCY });
    const clientIds = new Map<string, string>();
    for (const { handles: _handles, ...client } of DEMO_CLIENTS) {
      const created = await tx.client.create({ data: { ...client, agencyId: agency.id } });
      clientIds.set(client.name, created.id);
    }
    const idOf = (name: string) => {
      const id = clientIds.get(name);
      if (!id) throw new Error(`demo client ${name} missing`);
      return id;
    };
    for (const person of DEMO_USERS) {
      const user = await tx.user.upsert({
        where: { email: person.email },
        update: {},
        create: { email: person.email, name: person.name, passwordHash },
      });
      await tx.membership.create({
        data: {
          userId: user.id,
          agencyId: agency.id,
          role: person.role,
          allClients: person.allClients ?? false,
          clientId: person.client ? idOf(person.client) : null,
          clients: person.clients ? { create: person.clients.map((name) => ({ clientId: idOf(name) })) } : undefined,
        },
      });
    }
  });
  return { created: true };
}
