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
import { businessHoursSchema, WEEKDAYS, type BusinessHours } from "@/lib/sla/business-hours";
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

const DAY_NAMES = { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" } as const;

/** The week as lines of consecutive days that keep the same hours: "Mon–Fri 09:00–17:00", "Sat–Sun Closed". */
function weekLines(hours: BusinessHours): Array<{ days: string; hours: string }> {
  const lines: Array<{ first: string; last: string; hours: string }> = [];
  for (const day of WEEKDAYS) {
    const text = hours[day].length ? hours[day].map((i) => `${i.start}–${i.end}`).join(", ") : "Closed";
    const previous = lines.at(-1);
    if (previous && previous.hours === text) previous.last = DAY_NAMES[day];
    else lines.push({ first: DAY_NAMES[day], last: DAY_NAMES[day], hours: text });
  }
  return lines.map((l) => ({ days: l.first === l.last ? l.first : `${l.first}–${l.last}`, hours: l.hours }));
}

function BusinessHoursCard({ timezone, slaMinutes, businessHours }: { timezone: string; slaMinutes: number; businessHours: unknown }) {
  // Saved hours were validated on the way in; a row that no longer parses shows as unknown rather than failing the page.
  const hours = businessHoursSchema.safeParse(businessHours);
  const holidays = hours.success ? (hours.data.holidays?.length ?? 0) : 0;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Business hours</CardTitle>
      </CardHeader>
      <CardBody>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="business-hours">
          <dt className="text-muted-foreground">Time zone</dt>
          <dd>{timezone}</dd>
          <dt className="text-muted-foreground">First response</dt>
          <dd>within {formatSla(slaMinutes)} of business hours</dd>
          {hours.success ? (
            weekLines(hours.data).map((line) => (
              <div key={line.days} className="contents">
                <dt className="text-muted-foreground">{line.days}</dt>
                <dd>{line.hours}</dd>
              </div>
            ))
          ) : (
            <>
              <dt className="text-muted-foreground">Hours</dt>
              <dd>Not set: the SLA clock runs around the clock</dd>
            </>
          )}
          {holidays > 0 && (
            <>
              <dt className="text-muted-foreground">Holidays</dt>
              <dd>{holidays} closed {holidays === 1 ? "day" : "days"}</dd>
            </>
          )}
        </dl>
      </CardBody>
    </Card>
  );
}

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
          <BusinessHoursCard timezone={client.timezone} slaMinutes={client.slaMinutes} businessHours={client.businessHours} />
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
