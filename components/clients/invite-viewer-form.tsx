"use client";

import { useActionState, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/http/action-result";
import type { InviteResult } from "@/lib/team/invite-user";

/** Invites one of the client's people to see their reports and approve replies. */
export function InviteViewerForm({ clientId, action }: { clientId: string; action: (form: FormData) => Promise<ActionResult<InviteResult>> }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<ActionResult<InviteResult> | null, FormData>(async (_prev, form) => {
    form.set("role", "CLIENT_VIEWER");
    form.set("clientId", clientId);
    const result = await action(form);
    if (result.ok) formRef.current?.reset();
    return result;
  }, null);
  const failure = state && !state.ok ? state : null;
  return (
    <form ref={formRef} action={formAction} className="grid gap-3" noValidate aria-label="Invite a client viewer">
      {failure && <Alert>{failure.error}</Alert>}
      {state?.ok && (
        <Alert tone="success">
          Invitation created{state.data.emailed ? " and e-mailed" : ""}. Send this link:
          <Input readOnly value={state.data.link} aria-label="Viewer invitation link" data-testid="viewer-invitation-link" className="mt-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </Alert>
      )}
      <Field id="viewer-email" label="E-mail" errors={failure?.fieldErrors?.email}>
        <Input name="email" type="email" required />
      </Field>
      <Field id="viewer-name" label="Name (optional)">
        <Input name="name" />
      </Field>
      <div>
        <Button type="submit" variant="secondary" size="sm" disabled={pending}>
          {pending ? "Inviting…" : "Invite to the client portal"}
        </Button>
      </div>
    </form>
  );
}
