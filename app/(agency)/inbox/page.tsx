import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listClients } from "@/lib/clients/list-clients";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const actor = await requirePermission("inbox.view");
  const clients = await listClients(actor);
  const connected = clients.reduce((sum, c) => sum + c.xAccounts.length, 0);
  return (
    <>
      <PageHeader title="Inbox" description="Mentions, replies and quotes across your clients, most urgent first." />
      <EmptyState
        icon={Inbox}
        title={connected ? "Nothing needs an answer" : "No X accounts connected yet"}
        action={
          connected ? undefined : (
            <Link href="/clients" className="text-sm font-medium text-primary hover:underline">
              Go to clients
            </Link>
          )
        }
      >
        {connected
          ? "New mentions, replies and quotes appear here as they arrive."
          : `You work on ${clients.length} ${clients.length === 1 ? "client" : "clients"}. Once their X accounts are connected, people talking to them show up here.`}
      </EmptyState>
    </>
  );
}
