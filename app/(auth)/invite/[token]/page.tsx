import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { findInvitation } from "@/lib/team/find-invitation";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Join your team" };

const DEAD_ENDS = {
  expired: "This invitation has expired. Ask your agency admin to send a new one.",
  used: "This invitation was already used or withdrawn. If it was you, sign in.",
  unknown: "This invitation link is not valid. Check that you copied all of it.",
};

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation(token);
  if (invitation.state !== "valid") {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Invitation unavailable</CardTitle>
        </CardHeader>
        <CardBody className="grid gap-4 text-sm">
          <p data-testid="invitation-problem">{DEAD_ENDS[invitation.state]}</p>
          <Link href="/sign-in" className="font-medium text-primary hover:underline">
            Go to sign in
          </Link>
        </CardBody>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>Join {invitation.agencyName}</CardTitle>
        <p className="text-sm text-muted-foreground">You are invited as {ROLE_LABELS[invitation.role as Role]}.</p>
      </CardHeader>
      <CardBody>
        <AcceptInvitationForm token={token} email={invitation.email} name={invitation.name} />
      </CardBody>
    </Card>
  );
}
