import { BarChart3 } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listClients } from "@/lib/clients/list-clients";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  const actor = await requirePermission("report.view");
  const clients = await listClients(actor);
  return (
    <>
      <PageHeader title="Reports" description="Monthly engagement per client: is each account social?" />
      {clients.length === 0 ? (
        <EmptyState icon={BarChart3} title="No clients to report on" />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {clients.map((client) => (
            <li key={client.id} className="rounded-lg border bg-card p-4" data-testid="report-client">
              <p className="flex items-center gap-2 font-medium">
                <span aria-hidden className="size-2.5 rounded-full" style={{ background: client.color }} />
                {client.name}
              </p>
              <p className="mt-1 text-sm text-muted-foreground">The first report appears once an account has synced.</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
