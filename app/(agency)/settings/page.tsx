import { MessageSquareText, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/authorize";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requirePermission("settings.view");
  return (
    <>
      <PageHeader title="Settings" />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Your profile</CardTitle>
          </CardHeader>
          <CardBody>
            <dl className="grid grid-cols-[7rem_1fr] gap-y-2 text-sm">
              <dt className="text-muted-foreground">Name</dt>
              <dd>{actor.name}</dd>
              <dt className="text-muted-foreground">E-mail</dt>
              <dd>{actor.email}</dd>
              <dt className="text-muted-foreground">Role</dt>
              <dd>{ROLE_LABELS[actor.role]}</dd>
              <dt className="text-muted-foreground">Agency</dt>
              <dd>{actor.agencyName}</dd>
            </dl>
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Saved replies</CardTitle>
          </CardHeader>
          <CardBody className="grid gap-3 text-sm">
            <p className="text-muted-foreground">Answers you give often, per agency or per client, with variables like {"{{name}}"}. Insert them from the composer.</p>
            <Link href="/settings/saved-replies" className="inline-flex items-center gap-2 font-medium text-primary hover:underline">
              <MessageSquareText className="size-4" aria-hidden /> {can(actor, "client.manage") ? "Manage saved replies" : "Browse saved replies"}
            </Link>
          </CardBody>
        </Card>
        {can(actor, "team.manage") && (
          <Card>
            <CardHeader>
              <CardTitle>Team</CardTitle>
            </CardHeader>
            <CardBody className="grid gap-3 text-sm">
              <p className="text-muted-foreground">Invite people, change their roles and client assignments, deactivate leavers.</p>
              <Link href="/settings/team" className="inline-flex items-center gap-2 font-medium text-primary hover:underline">
                <Users className="size-4" aria-hidden /> Manage the team
              </Link>
            </CardBody>
          </Card>
        )}
      </div>
    </>
  );
}
