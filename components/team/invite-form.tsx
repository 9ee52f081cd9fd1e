"use client";

import { Copy } from "lucide-react";
import { useActionState, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/http/action-result";
import type { InviteResult } from "@/lib/team/invite-user";
import { AccessFields, type ClientOption } from "./access-fields";

type State = ActionResult<InviteResult> | null;

export function InviteForm({ clients, action }: { clients: ClientOption[]; action: (form: FormData) => Promise<ActionResult<InviteResult>> }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<State, FormData>(async (_prev, form) => {
    const result = await action(form);
    if (result.ok) formRef.current?.reset();
    return result;
  }, null);
  const failure = state && !state.ok ? state : null;
  return (
    <form ref={formRef} action={formAction} className="grid gap-4" noValidate aria-label="Invite someone">
      {failure && <Alert>{failure.error}</Alert>}
      {state?.ok && (
        <Alert tone="success">
          <p>
            Invitation created{state.data.emailed ? " and e-mailed" : ""}. Send this link (it works once, for 3 days):
          </p>
          <div className="mt-2 flex items-center gap-2">
            <Input readOnly value={state.data.link} aria-label="Invitation link" data-testid="invitation-link" className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            <Button type="button" variant="secondary" size="sm" onClick={() => navigator.clipboard?.writeText(state.data.link)}>
              <Copy aria-hidden /> Copy
            </Button>
          </div>
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="invite-email" label="E-mail" errors={failure?.fieldErrors?.email}>
          <Input name="email" type="email" autoComplete="off" required />
        </Field>
        <Field id="invite-name" label="Name (optional)" errors={failure?.fieldErrors?.name}>
          <Input name="name" autoComplete="off" />
        </Field>
        <AccessFields idPrefix="invite" clients={clients} fieldErrors={failure?.fieldErrors} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Inviting…" : "Create invitation"}
        </Button>
      </div>
    </form>
  );
}
