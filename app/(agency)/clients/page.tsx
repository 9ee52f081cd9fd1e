import type { Metadata } from "next";
import Link from "next/link";
import { Building2, Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { can } from "@/lib/auth/authorize";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listClients } from "@/lib/clients/list-clients";
import { APPROVAL_LABELS, formatSla } from "@/lib/clients/labels";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage() {
  const actor = await requirePermission("client.view");
  const clients = await listClients(actor);
  return (
    <>
      <PageHeader
        title="Clients"
        description="The brands your agency answers for."
        actions={
          can(actor, "client.manage") && (
            <Button asChild>
              <Link href="/clients/new">
                <Plus aria-hidden /> New client
              </Link>
            </Button>
          )
        }
      />
      {clients.length === 0 ? (
        <EmptyState icon={Building2} title="No clients yet">
          {can(actor, "client.manage") ? "Create your first client to connect its X accounts." : "You are not assigned to any client yet. Ask your agency admin."}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border bg-card">
          <table className="w-full text-sm">
            <thead className="border-b bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Client</th>
                <th scope="col" className="px-4 py-2 font-medium">X accounts</th>
                <th scope="col" className="px-4 py-2 font-medium">First response target</th>
                <th scope="col" className="px-4 py-2 font-medium">Approval</th>
                <th scope="col" className="px-4 py-2 font-medium">Time zone</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((client) => (
                <tr key={client.id} className="border-b last:border-0 hover:bg-muted/40" data-testid="client-row">
                  <td className="px-4 py-3">
                    <Link href={`/clients/${client.id}`} className="flex items-center gap-2 font-medium hover:underline">
                      <span aria-hidden className="size-2.5 rounded-full" style={{ background: client.color }} />
                      {client.name}
                    </Link>
                  </td>
                  <td className="px-4 py-3 text-muted-foreground">
                    {client.xAccounts.length ? client.xAccounts.map((a) => `@${a.username}`).join(", ") : "None connected"}
                  </td>
                  <td className="px-4 py-3">{formatSla(client.slaMinutes)}</td>
                  <td className="px-4 py-3">
                    <Badge tone={client.approvalRule === "NONE" ? "neutral" : "primary"}>{APPROVAL_LABELS[client.approvalRule]}</Badge>
                  </td>
                  <td className="px-4 py-3 text-muted-foreground">{client.timezone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
