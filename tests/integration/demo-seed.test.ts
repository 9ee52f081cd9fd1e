import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { DEMO_AGENCY, DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-data";
import { seedDemoAgency } from "@/lib/demo/seed-demo-agency";

// The demo agency is global by design (fixed slug and e-mails, what `npm start` prints), so this
// file does not make a tenant of its own: it only ever adds that one agency, which no other test
// reads, and a re-run finds it already there (the seed is idempotent).
const DEMO_EMAILS = DEMO_USERS.map((u) => u.email);

async function demoCounts() {
  const agency = await db.agency.findUniqueOrThrow({ where: { slug: DEMO_AGENCY.slug }, select: { id: true } });
  const [agencies, users, clients, memberships, assignments] = await Promise.all([
    db.agency.count({ where: { slug: DEMO_AGENCY.slug } }),
    db.user.count({ where: { email: { in: DEMO_EMAILS } } }),
    db.client.count({ where: { agencyId: agency.id } }),
    db.membership.count({ where: { agencyId: agency.id } }),
    db.membershipClient.count({ where: { membership: { agencyId: agency.id } } }),
  ]);
  return { agencies, users, clients, memberships, assignments };
}

let firstRun: { created: boolean };
beforeAll(async () => {
  firstRun = await seedDemoAgency();
});

describe("demo seed", () => {
  it("runs again without error and without duplicating anything", async () => {
    const before = await demoCounts();
    expect(before).toEqual({ agencies: 1, users: 5, clients: 3, memberships: 5, assignments: 2 });
    expect(await seedDemoAgency()).toEqual({ created: false });
    expect(await demoCounts()).toEqual(before);
    expect(typeof firstRun.created).toBe("boolean");
  });

  it("lets the five demo people sign in with the printed password, each with the role the README gives", async () => {
    const clients = await db.client.findMany({ where: { agency: { slug: DEMO_AGENCY.slug } }, select: { id: true, name: true } });
    const idOf = (name: string) => clients.find((c) => c.name === name)?.id;
    const expected: Record<string, { role: string; clients: "all" | (string | undefined)[] }> = {
      "admin@rapport.demo": { role: "AGENCY_ADMIN", clients: "all" },
      "manager@rapport.demo": { role: "ACCOUNT_MANAGER", clients: "all" },
      "sam@rapport.demo": { role: "STAFF", clients: [idOf("Northwind Coffee"), idOf("Lumen Bikes")] },
      "tess@rapport.demo": { role: "STAFF", clients: "all" },
      "nora@northwind.demo": { role: "CLIENT_VIEWER", clients: [idOf("Northwind Coffee")] },
    };
    expect(Object.keys(expected).sort()).toEqual([...DEMO_EMAILS].sort());

    for (const [email, want] of Object.entries(expected)) {
      const signedIn = await verifyCredentials({ email, password: DEMO_PASSWORD });
      if (!signedIn.ok) throw new Error(`${email} could not sign in: ${signedIn.reason}`);
      const actor = await loadActor(signedIn.user.id, signedIn.user.sessionVersion);
      expect(actor, email).toMatchObject({ email, role: want.role, agencyName: DEMO_AGENCY.name });
      const reach = actor?.clients === "all" ? "all" : [...(actor?.clients ?? [])].sort();
      expect(reach, `${email}'s clients`).toEqual(want.clients === "all" ? "all" : [...want.clients].sort());
    }
  });
});

describe("demo accounts", () => {
  it("connects the demo brands on the simulator, and reconnects those a simulator that lost its state no longer accepts", async () => {
    const { startSim } = await import("./sync/harness");
    const { connectDemoAccounts } = await import("@/lib/demo/connect-demo-accounts");
    const { DEMO_CLIENTS } = await import("@/lib/demo/demo-data");
    const { getMe, XAuth } = await import("@/lib/x");
    const { openToken } = await import("@/lib/x-accounts/token-box");
    const handles = DEMO_CLIENTS.flatMap((c) => c.handles);
    const agency = await db.agency.findUniqueOrThrow({ where: { slug: DEMO_AGENCY.slug }, select: { id: true } });
    const sim = await startSim();
    try {
      // Whatever earlier runs left: X refused every demo account, one was disconnected on purpose.
      await db.xAccount.updateMany({ where: { agencyId: agency.id }, data: { status: "NEEDS_RECONNECT" } });
      await connectDemoAccounts(sim.url);
      const [kept] = handles;
      await db.xAccount.updateMany({ where: { agencyId: agency.id, username: kept }, data: { status: "DISCONNECTED" } });
      await db.xAccount.updateMany({ where: { agencyId: agency.id, username: { not: kept } }, data: { status: "NEEDS_RECONNECT" } });

      expect((await connectDemoAccounts(sim.url)).sort()).toEqual(handles.filter((h) => h !== kept).sort());
      const accounts = await db.xAccount.findMany({ where: { agencyId: agency.id }, select: { username: true, status: true, accessTokenEnc: true } });
      expect(accounts.map((a) => [a.username, a.status]).sort()).toEqual(handles.map((h) => [h, h === kept ? "DISCONNECTED" : "ACTIVE"]).sort());
      // The stored tokens are this simulator's: X answers with the right account.
      for (const account of accounts.filter((a) => a.status === "ACTIVE")) {
        expect((await getMe(XAuth.fromAccessToken(openToken(account.accessTokenEnc!)))).username).toBe(account.username);
      }
    } finally {
      await sim.close();
    }
  });
});
