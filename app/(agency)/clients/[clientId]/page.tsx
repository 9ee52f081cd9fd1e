import { AtSign, History, Pencil } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AccountSyncList } from "@/components/clients/account-sync-list";
import { ConnectAccountPanel } from "@/components/clients/connect-account-panel";
import { UsageCard } from "@/components/clients/usage-card";
import { InviteViewerForm } from "@/components/clients/invite-viewer-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/authorize";
import { requireActor } from "@/lib/auth/session";
import { APPROVAL_LABELS, formatSla } from "@/lib/clients/labels";
import { getSyncStatus } from "@/lib/sync/get-sync-status";
import { getMonthlyUsage } from "@/lib/usage/get-monthly-usage";
import { connectAccountAction, createConnectLinkAction, disconnectAccountAction, inviteViewerAction } from "./actions";
import { loadClientOr404 } from "./load-client";

export const metadata: Metadata = { title: "Client" };

const CONNECT_PROBLEMS: Record<string, string> = {
  denied: "The X account was not connected: authorisation was cancelled on X.",
  failed: "X did not complete the authorisation. Please try again.",
  conflict: "That X account is already connected to another client. Disconnect it there first.",
};

type PageProps = { params: Promise<{ clientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClientPage({ params, searchParams }: PageProps) {
  const { clientId } = await params;
  const query = await searchParams;
  const connected = typeof query.connected === "string" ? query.connected : null;
  const problem = typeof query.connect === "string" ? CONNECT_PROBLEMS[query.connect] : undefined;
  const actor = await requireActor();
  const client = await loadClientOr404(actor, clientId);
  const manages = can(actor, "client.manage", { clientId });
  const [accounts, usage] = await Promise.all([getSyncStatus(actor, client.id), getMonthlyUsage(actor, client.id)]);
  return (
    <>
      <PageHeader
        title={client.name}
        description={`${client.timezone} · first response within ${formatSla(client.slaMinutes)} of business hours`}
        actions={
          <>
            {can(actor, "audit.view", { clientId }) && (
              <Button asChild variant="ghost">
                <Link href={`/clients/${client.id}/audit`}>
                  <History aria-hidden /> Audit log
                </Link>
              </Button>
            )}
            {manages && (
              <Button asChild variant="secondary">
                <Link href={`/clients/${client.id}/edit`}>
                  <Pencil aria-hidden /> Edit
                </Link>
              </Button>
            )}
          </>
        }
      />
      {connected && (
        <Alert tone="success" className="mb-4">
          @{connected} is connected. Its mentions start arriving in the inbox within a minute.
        </Alert>
      )}
      {problem && <Alert className="mb-4">{problem}</Alert>}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card className="self-start">
          <CardHeader>
            <CardTitle>X accounts</CardTitle>
          </CardHeader>
          <CardBody className="grid gap-4">
            {manages && (
              <ConnectAccountPanel connectAction={connectAccountAction.bind(null, client.id)} createLinkAction={createConnectLinkAction.bind(null, client.id)} />
            )}
            {accounts.length === 0 ? (
              <EmptyState icon={AtSign} title="No X accounts connected">
                Connect the client&apos;s X accounts to start answering the people who talk to them.
              </EmptyState>
            ) : (
              <AccountSyncList accounts={accounts} canManage={manages} disconnectAction={disconnectAccountAction.bind(null, client.id)} />
            )}
          </CardBody>
        </Card>
        <div className="grid content-start gap-6">
          <UsageCard usage={usage} />
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
