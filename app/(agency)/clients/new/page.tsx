import type { Metadata } from "next";
import { ClientForm } from "@/components/clients/client-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listTimeZones } from "@/lib/clients/time-zones";
import { WEEKDAYS_9_TO_5 } from "@/lib/sla/business-hours";
import { createClientAction } from "../actions";

export const metadata: Metadata = { title: "New client" };

export default async function NewClientPage() {
  await requirePermission("client.manage");
  return (
    <>
      <PageHeader title="New client" description="The brand, its working hours and how fast it promises to answer." />
      <Card>
        <CardBody>
          <ClientForm
            initial={{ name: "", color: "#6366f1", timezone: "Europe/London", businessHours: WEEKDAYS_9_TO_5, slaMinutes: 60, brandVoice: "", approvalRule: "NONE", monthlyBudgetCents: null }}
            timeZones={listTimeZones()}
            submitLabel="Create client"
            action={createClientAction}
          />
        </CardBody>
      </Card>
    </>
  );
}
