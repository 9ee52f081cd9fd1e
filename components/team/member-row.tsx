"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/http/action-result";
import type { TeamMember } from "@/lib/team/list-team";
import { AccessFields, type ClientOption } from "./access-fields";

type Props = {
  member: TeamMember;
  clients: ClientOption[];
  isSelf: boolean;
  updateAction: (form: FormData) => Promise<ActionResult<void>>;
  setActiveAction: (form: FormData) => Promise<ActionResult<void>>;
};

function accessSummary(member: TeamMember, clients: ClientOption[]): string {
  const name = (id: string | null) => clients.find((c) => c.id === id)?.name ?? "a client";
  if (member.role === "CLIENT_VIEWER") return `Client viewer of ${name(member.clientId)}`;
  if (member.role !== "STAFF" || member.allClients) return "All clients";
  if (member.clients.length === 0) return "No clients assigned";
  return member.clients.map((c) => name(c.clientId)).join(", ");
}

export function MemberRow({ member, clients, isSelf, updateAction, setActiveAction }: Props) {
  const [editing, setEditing] = useState(false);
  const [result, setResult] = useState<ActionResult<void> | null>(null);
  const [pending, startTransition] = useTransition();
  const failure = result && !result.ok ? result : null;

  const run = (action: (form: FormData) => Promise<ActionResult<void>>, form: FormData, after?: () => void) =>
    startTransition(async () => {
      const outcome = await action(form);
      setResult(outcome);
      if (outcome.ok) after?.();
    });

  return (
    <li className="grid gap-3 px-5 py-3" data-testid="member-row" data-email={member.user.email}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <p className="text-sm font-medium">
            {member.user.name} {isSelf && <span className="text-muted-foreground">(you)</span>}
          </p>
          <p className="text-xs text-muted-foreground">
            {member.user.email} · {accessSummary(member, clients)}
          </p>
        </div>
        <div className="flex items-center gap-2">
          <Badge tone={member.role === "AGENCY_ADMIN" ? "primary" : "neutral"}>{ROLE_LABELS[member.role]}</Badge>
          {!member.user.active && <Badge tone="danger">Deactivated</Badge>}
          <Button variant="ghost" size="sm" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
            {editing ? "Close" : "Edit"}
          </Button>
          {!isSelf && (
            <Button
              variant={member.user.active ? "secondary" : "ghost"}
              size="sm"
              disabled={pending}
              onClick={() => {
                const form = new FormData();
                form.set("membershipId", member.id);
                form.set("active", String(!member.user.active));
                run(setActiveAction, form);
              }}
            >
              {member.user.active ? "Deactivate" : "Reactivate"}
            </Button>
          )}
        </div>
      </div>
      {failure && <Alert>{failure.error}</Alert>}
      {editing && (
        <form
          className="grid gap-4 rounded-md border bg-muted/30 p-4 sm:grid-cols-2"
          aria-label={`Access for ${member.user.name}`}
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            form.set("membershipId", member.id);
            run(updateAction, form, () => setEditing(false));
          }}
        >
          <AccessFields
            idPrefix={`member-${member.id}`}
            clients={clients}
            initial={{ role: member.role, allClients: member.allClients, clientIds: member.clients.map((c) => c.clientId), clientId: member.clientId }}
            fieldErrors={failure?.fieldErrors}
          />
          <div className="sm:col-span-2">
            <Button type="submit" size="sm" disabled={pending}>
              Save access
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
