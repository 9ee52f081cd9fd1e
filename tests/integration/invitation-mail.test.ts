import { describe, expect, it } from "vitest";
import { findInvitation } from "@/lib/team/find-invitation";
import { inviteUser } from "@/lib/team/invite-user";
import { actorFor } from "../factories/actor-for";
import { createTenant } from "../factories/create-tenant";
import { smtpSinkForThisFile } from "../helpers/smtp-sink";

const sink = smtpSinkForThisFile();

describe("invitations with SMTP configured", () => {
  it("e-mails the invitation link, which works, and still shows it to copy", async () => {
    const tenant = await createTenant("invite-mail");
    const admin = await actorFor(tenant.users.admin);
    const email = `mailed-${Date.now()}@test.rapport`;
    const { link, emailed } = await inviteUser(admin, { email, role: "STAFF", allClients: true, clientIds: [] });

    expect(emailed).toBe(true);
    const mails = sink.mails().filter((m) => m.to.includes(email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`${tenant.users.admin.name} invited you to ${admin.agencyName} on Rapport`);
    expect(mails[0]!.text).toContain(link);
    expect(await findInvitation(link.split("/invite/")[1] ?? "")).toMatchObject({ state: "valid", email });
  });
});
