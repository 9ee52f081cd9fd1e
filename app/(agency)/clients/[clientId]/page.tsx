import { AtSign } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getClient } from "@/lib/clients/get-client";
import { APPROVAL_LABELS, formatSla } from "@/lib/clients/labels";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Client" };

async function loadClient(clientId: string) {
  const actor = await requireActor();
  try {
    return await getClient(actor, clientId);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function ClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const client = await loadClient(clientId);
  return (
    <>
      <PageHeader title={client.name} description={`${client.timezone} · first response within ${formatSla(client.slaMinutes)} of business hours`} />
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
      </div>
    </>
  );
}
