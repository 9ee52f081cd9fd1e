import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { can } from "./authorize";
import { ACTIONS, type Action, type Role, roleAllows } from "./permissions";

// The product's access rules, written out in full: a change to any cell must be deliberate.
const TABLE: Record<Role, Action[]> = {
  AGENCY_ADMIN: [...ACTIONS],
  ACCOUNT_MANAGER: ["inbox.view", "conversation.act", "client.view", "client.manage", "report.view", "approval.decide", "settings.view"],
  STAFF: ["inbox.view", "conversation.act", "client.view", "report.view", "settings.view"],
  CLIENT_VIEWER: ["report.view", "approval.decide"],
};

describe("role permissions", () => {
  for (const role of Object.keys(TABLE) as Role[]) {
    for (const action of ACTIONS) {
      const allowed = TABLE[role].includes(action);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => expect(roleAllows(role, action)).toBe(allowed));
    }
  }
});

describe("client scope", () => {
  const base: Omit<Actor, "role" | "clients"> = { userId: "u", email: "e", name: "n", agencyId: "ag", agencyName: "A", membershipId: "m" };
  it("limits assigned staff to their clients", () => {
    const staff: Actor = { ...base, role: "STAFF", clients: ["c1"] };
    expect(can(staff, "conversation.act", { clientId: "c1" })).toBe(true);
    expect(can(staff, "conversation.act", { clientId: "c2" })).toBe(false);
  });
  it("lets a client viewer see only their client's reports", () => {
    const viewer: Actor = { ...base, role: "CLIENT_VIEWER", clients: ["c1"] };
    expect(can(viewer, "report.view", { clientId: "c1" })).toBe(true);
    expect(can(viewer, "report.view", { clientId: "c2" })).toBe(false);
    expect(can(viewer, "inbox.view", { clientId: "c1" })).toBe(false);
  });
  it("gives 'all' actors every client of their agency", () => {
    const admin: Actor = { ...base, role: "AGENCY_ADMIN", clients: "all" };
    expect(can(admin, "client.manage", { clientId: "anything" })).toBe(true);
  });
});
