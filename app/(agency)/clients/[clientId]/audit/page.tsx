import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AuditEntryRow } from "@/components/replies/audit-entry-row";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { requirePermission } from "@/lib/auth/session";
import { loadClientOr404 } from "../load-client";

export const metadata: Metadata = { title: "Audit log" };

type PageProps = { params: Promise<{ clientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClientAuditPage({ params, searchParams }: PageProps) {
  const { clientId } = await params;
  const query = await searchParams;
  const actor = await requirePermission("audit.view", { clientId });
  const client = await loadClientOr404(actor, clientId);
  const cursor = typeof query.cursor === "string" ? query.cursor : null;
  const page = await listAuditLog(actor, { clientId: client.id, cursor });
  return (
    <>
      <PageHeader
        title={`Audit log · ${client.name}`}
        description="Replies sent, approvals and rejections, assignments and status changes: who did what, and when (UTC)."
        actions={
          <Link href={`/clients/${client.id}`} className="text-sm font-medium text-primary hover:underline">
            Back to client
          </Link>
        }
      />
      <Card>
        <CardBody className="p-0">
          {page.entries.length === 0 ? (
            <div className="p-5">
              <EmptyState icon={ScrollText} title={cursor ? "No older entries" : "Nothing recorded yet"} />
            </div>
          ) : (
            <table className="w-full text-sm" data-testid="audit-log">
              <thead className="border-b text-left text-xs uppercase tracking-wide text-muted-foreground">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    When
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Who
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    What
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {page.entries.map((entry) => (
                  <AuditEntryRow key={entry.id} entry={entry} />
                ))}
              </tbody>
            </table>
          )}
        </CardBody>
      </Card>
      <nav aria-label="Audit log pages" className="mt-4 flex justify-between text-sm">
        {cursor ? (
          <Link href={`/clients/${client.id}/audit`} className="font-medium text-primary hover:underline">
            ← Newest
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor && (
          <Link href={`/clients/${client.id}/audit?cursor=${page.nextCursor}`} className="font-medium text-primary hover:underline">
            Older entries →
          </Link>
        )}
      </nav>
    </>
  );
}
