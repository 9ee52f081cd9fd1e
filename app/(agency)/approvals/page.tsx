import type { Metadata } from "next";
import { PendingApprovals } from "@/components/replies/pending-approvals";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Approvals" };

export default async function ApprovalsPage() {
  const actor = await requirePermission("approval.decide");
  return (
    <>
      <PageHeader title="Approvals" description="Replies your clients' rules hold for a second look. Approving sends the reply to X straight away." />
      <PendingApprovals actor={actor} />
    </>
  );
}
