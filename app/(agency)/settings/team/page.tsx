import type { Metadata } from "next";
import { InviteForm } from "@/components/team/invite-form";
import { MemberList } from "@/components/team/member-list";
import { PendingInvitations } from "@/components/team/pending-invitations";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listClients } from "@/lib/clients/list-clients";
import { listTeam } from "@/lib/team/list-team";
import { inviteUserAction, revokeInvitationAction, setMemberActiveAction, updateMemberAction } from "./actions";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const actor = await requirePermission("team.manage");
  const [{ members, invitations }, clients] = await Promise.all([listTeam(actor), listClients(actor)]);
  const clientOptions = clients.map((c) => ({ id: c.id, name: c.name }));
  return (
    <>
      <PageHeader title="Team" description="Who works in Rapport for your agency, and on which clients." />
      <div className="grid gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Invite someone</CardTitle>
          </CardHeader>
          <CardBody>
            <InviteForm clients={clientOptions} action={inviteUserAction} />
          </CardBody>
        </Card>
        {invitations.length > 0 && <PendingInvitations invitations={invitations} revokeAction={revokeInvitationAction} />}
        <MemberList members={members} clients={clientOptions} currentUserId={actor.userId} updateAction={updateMemberAction} setActiveAction={setMemberActiveAction} />
      </div>
    </>
  );
}
