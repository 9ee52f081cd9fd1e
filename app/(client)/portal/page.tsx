import { BarChart3, CheckCheck } from "lucide-react";
import type { Metadata } from "next";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listClients } from "@/lib/clients/list-clients";

export const metadata: Metadata = { title: "Your reports" };

export default async function PortalPage() {
  const actor = await requireActor();
  const [client] = await listClients(actor);
  return (
    <>
      <PageHeader title={client?.name ?? "Your reports"} description={`Prepared for you by ${actor.agencyName}.`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Monthly reports</CardTitle>
          </CardHeader>
          <CardBody>
            <EmptyState icon={BarChart3} title="Your first report is on its way">
              Each month you will see how quickly and how often your accounts answered people.
            </EmptyState>
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Awaiting your approval</CardTitle>
          </CardHeader>
          <CardBody>
            <EmptyState icon={CheckCheck} title="Nothing to approve">
              Replies that need your approval before they go out will appear here.
            </EmptyState>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
