import type { Metadata } from "next";
import { ClientForm } from "@/components/clients/client-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listTimeZones } from "@/lib/clients/time-zones";
import { businessHoursSchema } from "@/lib/sla/business-hours";
import { updateClientAction } from "../../actions";
import { loadClientOr404 } from "../load-client";

export const metadata: Metadata = { title: "Edit client" };

export default async function EditClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const actor = await requirePermission("client.manage", { clientId });
  const client = await loadClientOr404(actor, clientId);
  const boundAction = async (form: FormData) => {
    "use server";
    form.set("clientId", client.id);
    return updateClientAction(form);
  };
  return (
    <>
      <PageHeader title={`Edit ${client.name}`} />
      <Card>
        <CardBody>
          <ClientForm
            initial={{ ...client, businessHours: businessHoursSchema.parse(client.businessHours) }}
            timeZones={listTimeZones()}
            submitLabel="Save changes"
            action={boundAction}
          />
        </CardBody>
      </Card>
    </>
  );
}
