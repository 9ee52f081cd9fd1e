"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { acceptInvitationAction, type AcceptState } from "./actions";

export function AcceptInvitationForm({ token, email, name }: { token: string; email: string; name: string | null }) {
  const [state, formAction, pending] = useActionState<AcceptState, FormData>(acceptInvitationAction, { name: name ?? "" });
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      {state.error && <Alert>{state.error}</Alert>}
      <input type="hidden" name="token" value={token} />
      <Field id="invite-email" label="E-mail">
        <Input value={email} readOnly disabled />
      </Field>
      <Field id="name" label="Your name" errors={state.fieldErrors?.name}>
        <Input name="name" autoComplete="name" defaultValue={state.name} required />
      </Field>
      <Field id="password" label="Choose a password" hint="At least 10 characters." errors={state.fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Field id="confirmPassword" label="Repeat the password" errors={state.fieldErrors?.confirmPassword}>
        <Input name="confirmPassword" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Join and set password"}
      </Button>
    </form>
  );
}
