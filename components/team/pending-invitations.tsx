"use client";

import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/http/action-result";
import type { PendingInvitation } from "@/lib/team/list-team";

export function PendingInvitations({ invitations, revokeAction }: { invitations: PendingInvitation[]; revokeAction: (form: FormData) => Promise<ActionResult<void>> }) {
  const [pending, startTransition] = useTransition();
  return (
    <Card>
      <CardHeader>
        <CardTitle>Pending invitations</CardTitle>
      </CardHeader>
      <CardBody>
        <ul className="divide-y text-sm">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="pending-invitation">
              <span>
                <span className="font-medium">{invitation.email}</span>{" "}
                <span className="text-muted-foreground">
                  · {ROLE_LABELS[invitation.role]}
                  {invitation.client ? ` of ${invitation.client.name}` : ""} · expires {invitation.expiresAt.toLocaleDateString("en-GB")}
                </span>
              </span>
              <Button
                variant="ghost"
                size="sm"
                disabled={pending}
                onClick={() => {
                  const form = new FormData();
                  form.set("invitationId", invitation.id);
                  startTransition(async () => void (await revokeAction(form)));
                }}
              >
                Withdraw
              </Button>
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
