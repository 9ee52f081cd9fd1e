import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getClient } from "@/lib/clients/get-client";
import { listClients } from "@/lib/clients/list-clients";
import { listSavedReplies } from "@/lib/saved-replies/list-saved-replies";
import { isAppError } from "@/lib/errors";
import { inviteUser } from "@/lib/team/invite-user";
import { listTeam } from "@/lib/team/list-team";
import { revokeInvitation } from "@/lib/team/revoke-invitation";
import { setMemberActive } from "@/lib/team/set-member-active";
import { updateMember } from "@/lib/team/update-member";
import { actorFor } from "../factories/actor-for";
import { createTenant, type TestTenant } from "../factories/create-tenant";

type Outcome = "ok" | "not_found" | "validation";
type RoleKey = keyof TestTenant["users"];
const ROLES: RoleKey[] = ["admin", "manager", "staffA", "staffAll", "viewerA"];

let tenant: TestTenant;
let other: TestTenant;
let otherInvitationId: string;
const actors = {} as Record<RoleKey, Actor>;

beforeAll(async () => {
  [tenant, other] = await Promise.all([createTenant("matrix"), createTenant("other")]);
  for (const role of ROLES) actors[role] = await actorFor(tenant.users[role]);
  const otherAdmin = await actorFor(other.users.admin);
  otherInvitationId = (await inviteUser(otherAdmin, { email: `x-${Date.now()}@other.test`, role: "STAFF", allClients: false, clientIds: [] })).invitationId;
});

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "validation")) return error.code;
    throw error;
  }
}

let counter = 0;
const freshEmail = () => `invitee-${Date.now()}-${counter++}@test.rapport`;

// Every domain operation a page, action or route can reach, with the outcome per role.
// Operations that name another tenant's ids must be "not found" for everyone.
const MATRIX: { name: string; run: (actor: Actor) => Promise<unknown>; expect: Record<RoleKey, Outcome> }[] = [
  { name: "view own client A", run: (a) => getClient(a, tenant.clients.a.id), expect: { admin: "ok", manager: "ok", staffA: "ok", staffAll: "ok", viewerA: "not_found" } },
  { name: "view own client B", run: (a) => getClient(a, tenant.clients.b.id), expect: { admin: "ok", manager: "ok", staffA: "not_found", staffAll: "ok", viewerA: "not_found" } },
  { name: "view another agency's client", run: (a) => getClient(a, other.clients.a.id), expect: { admin: "not_found", manager: "not_found", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" } },
  { name: "view a client by a malformed id", run: (a) => getClient(a, "not-a-uuid"), expect: { admin: "not_found", manager: "not_found", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" } },
  { name: "list the team", run: (a) => listTeam(a), expect: { admin: "ok", manager: "not_found", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" } },
  {
    name: "invite staff",
    run: (a) => inviteUser(a, { email: freshEmail(), role: "STAFF", allClients: false, clientIds: [tenant.clients.a.id] }),
    expect: { admin: "ok", manager: "not_found", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" },
  },
  {
    name: "invite a client viewer of client A",
    run: (a) => inviteUser(a, { email: freshEmail(), role: "CLIENT_VIEWER", allClients: false, clientIds: [], clientId: tenant.clients.a.id }),
    expect: { admin: "ok", manager: "ok", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" },
  },
  {
    name: "invite staff to another agency's client",
    run: (a) => inviteUser(a, { email: freshEmail(), role: "STAFF", allClients: false, clientIds: [other.clients.a.id] }),
    expect: { admin: "validation", manager: "not_found", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" },
  },
  {
    name: "change another agency's member",
    run: (a) => updateMember(a, { membershipId: other.users.staffA.membershipId, role: "AGENCY_ADMIN", allClients: false, clientIds: [] }),
    expect: { admin: "not_found", manager: "not_found", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" },
  },
  {
    name: "deactivate another agency's member",
    run: (a) => setMemberActive(a, { membershipId: other.users.staffA.membershipId, active: false }),
    expect: { admin: "not_found", manager: "not_found", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" },
  },
  {
    name: "withdraw another agency's invitation",
    run: (a) => revokeInvitation(a, { invitationId: otherInvitationId }),
    expect: { admin: "not_found", manager: "not_found", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" },
  },
  { name: "list saved replies (settings)", run: (a) => listSavedReplies(a), expect: { admin: "ok", manager: "ok", staffA: "ok", staffAll: "ok", viewerA: "not_found" } },
  {
    name: "list client B's saved replies (composer)",
    run: (a) => listSavedReplies(a, { clientId: tenant.clients.b.id }),
    expect: { admin: "ok", manager: "ok", staffA: "not_found", staffAll: "ok", viewerA: "not_found" },
  },
  {
    name: "list saved replies for another agency's client",
    run: (a) => listSavedReplies(a, { clientId: other.clients.a.id }),
    expect: { admin: "not_found", manager: "not_found", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" },
  },
  {
    name: "change own staff member's access",
    run: (a) => updateMember(a, { membershipId: tenant.users.staffA.membershipId, role: "STAFF", allClients: false, clientIds: [tenant.clients.a.id] }),
    expect: { admin: "ok", manager: "not_found", staffA: "not_found", staffAll: "not_found", viewerA: "not_found" },
  },
];

describe("authorisation matrix: role × operation", () => {
  for (const row of MATRIX) {
    for (const role of ROLES) {
      it(`${role}: ${row.name} → ${row.expect[role]}`, async () => {
        expect(await outcomeOf(() => row.run(actors[role]))).toBe(row.expect[role]);
      });
    }
  }
});

describe("client lists are scoped to the actor", () => {
  const expected: Record<RoleKey, ("a" | "b")[]> = { admin: ["a", "b"], manager: ["a", "b"], staffA: ["a"], staffAll: ["a", "b"], viewerA: ["a"] };
  for (const role of ROLES) {
    it(`${role} sees exactly clients ${expected[role].join(", ")}`, async () => {
      const ids = (await listClients(actors[role])).map((c) => c.id).sort();
      expect(ids).toEqual(expected[role].map((k) => tenant.clients[k].id).sort());
    });
  }

  it("another agency's clients never appear", async () => {
    const ids = (await listClients(actors.admin)).map((c) => c.id);
    expect(ids).not.toContain(other.clients.a.id);
    expect(ids).not.toContain(other.clients.b.id);
  });
});
