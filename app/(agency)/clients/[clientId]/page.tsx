import { AtSign, Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { InviteViewerForm } from "@/components/clients/invite-viewer-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/authorize";
import { requireActor } from "@/lib/auth/session";
import { APPROVAL_LABELS, formatSla } from "@/lib/clients/labels";
import { inviteViewerAction } from "./actions";
import { loadClientOr404 } from "./load-client";

export const metadata: Metadata = { title: "Client" };

export default async function ClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const actor = await requireActor();
  const client = await loadClientOr404(actor, clientId);
  const manages = can(actor, "client.manage", { clientId });
  return (
    <>
      <PageHeader
        title={client.name}
        description={`${client.timezone} · first response within ${formatSla(client.slaMinutes)} of business hours`}
        actions={
          manages && (
            <Button asChild variant="secondary">
              <Link href={`/clients/${client.id}/edit`}>
                <Pencil aria-hidden /> Edit
              </Link>
            </Button>
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader>
            <CardTitle>X accounts</CardTitle>
          </CardHeader>
          <CardBody>
            {client.xAccounts.length === 0 ? (
              <EmptyState icon={AtSign} title="No X accounts connected">
                Connect the client&apos;s X accounts to start answering the people who talk to them.
              </EmptyState>
            ) : (
              <ul className="divide-y">
                {client.xAccounts.map((account) => (
                  <li key={account.id} className="flex items-center justify-between py-2 text-sm">
                    <span className="font-medium">@{account.username}</span>
                    <Badge tone={account.status === "ACTIVE" ? "success" : "warning"}>{account.status.toLowerCase().replace("_", " ")}</Badge>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Replying</CardTitle>
            </CardHeader>
            <CardBody className="grid gap-3 text-sm">
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Approval</p>
                <p>{APPROVAL_LABELS[client.approvalRule]}</p>
              </div>
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Brand voice</p>
                <p className="whitespace-pre-line">{client.brandVoice || "No guidelines yet."}</p>
              </div>
            </CardBody>
          </Card>
          {manages && (
            <Card>
              <CardHeader>
                <CardTitle>Client portal</CardTitle>
                <p className="text-sm text-muted-foreground">Invite the client&apos;s people to see their reports and approve replies.</p>
              </CardHeader>
              <CardBody>
                <InviteViewerForm clientId={client.id} action={inviteViewerAction} />
              </CardBody>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
