import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/team/accept-invitation";
import { findInvitation } from "@/lib/team/find-invitation";
import { inviteUser } from "@/lib/team/invite-user";
import { updateMember } from "@/lib/team/update-member";
import { actorFor } from "../factories/actor-for";
import { createTenant } from "../factories/create-tenant";

const tokenOf = (link: string) => link.split("/invite/")[1] ?? "";
const password = "a long enough password";

describe("invitations", () => {
  it("invites staff to chosen clients; accepting creates the account with that access", async () => {
    const tenant = await createTenant("invite");
    const admin = await actorFor(tenant.users.admin);
    const email = `new-${Date.now()}@test.rapport`;
    const { link, emailed } = await inviteUser(admin, { email, role: "STAFF", allClients: false, clientIds: [tenant.clients.b.id] });
    expect(emailed).toBe(false); // no SMTP configured: the link is shown instead
    expect(await findInvitation(tokenOf(link))).toMatchObject({ state: "valid", email });

    await acceptInvitation({ token: tokenOf(link), name: "New Person", password, confirmPassword: password });

    const signedIn = await verifyCredentials({ email, password });
    expect(signedIn.ok).toBe(true);
    if (!signedIn.ok) return;
    const actor = await loadActor(signedIn.user.id, signedIn.user.sessionVersion);
    expect(actor).toMatchObject({ role: "STAFF", agencyId: tenant.agencyId, clients: [tenant.clients.b.id] });
  });

  it("works once: a second use of the link is refused and changes nothing", async () => {
    const tenant = await createTenant("once");
    const admin = await actorFor(tenant.users.admin);
    const email = `once-${Date.now()}@test.rapport`;
    const { link } = await inviteUser(admin, { email, role: "CLIENT_VIEWER", allClients: false, clientIds: [], clientId: tenant.clients.a.id });
    const input = { token: tokenOf(link), name: "Viewer", password, confirmPassword: password };
    const results = await Promise.allSettled([acceptInvitation(input), acceptInvitation(input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { user: { email } } })).toBe(1);
    expect(await findInvitation(tokenOf(link))).toEqual({ state: "used" });
  });

  it("refuses an expired link", async () => {
    const tenant = await createTenant("expired");
    const admin = await actorFor(tenant.users.admin);
    const { link, invitationId } = await inviteUser(admin, { email: `late-${Date.now()}@test.rapport`, role: "STAFF", allClients: true, clientIds: [] });
    await db.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findInvitation(tokenOf(link))).toEqual({ state: "expired" });
    await expect(acceptInvitation({ token: tokenOf(link), name: "Late", password, confirmPassword: password })).rejects.toThrow(/expired or was already used/);
  });

  it("rejects inviting someone already on the team, with a message for the e-mail field", async () => {
    const tenant = await createTenant("dupe");
    const admin = await actorFor(tenant.users.admin);
    await expect(inviteUser(admin, { email: tenant.users.staffA.email, role: "STAFF", allClients: true, clientIds: [] })).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { email: ["Already a member of this agency"] },
    });
  });

  it("keeps at least one admin", async () => {
    const tenant = await createTenant("admins");
    const admin = await actorFor(tenant.users.admin);
    await expect(updateMember(admin, { membershipId: tenant.users.admin.membershipId, role: "STAFF", allClients: true, clientIds: [] })).rejects.toThrow(/at least one active admin/);
  });

  it("changes a member's role and assignments, effective on their next request", async () => {
    const tenant = await createTenant("change");
    const admin = await actorFor(tenant.users.admin);
    await updateMember(admin, { membershipId: tenant.users.staffA.membershipId, role: "STAFF", allClients: false, clientIds: [tenant.clients.b.id] });
    expect((await actorFor(tenant.users.staffA)).clients).toEqual([tenant.clients.b.id]);
    const log = await db.auditLog.findMany({ where: { agencyId: tenant.agencyId, action: "team.access_changed" } });
    expect(log).toHaveLength(1);
  });
});
