"use client";

import { useActionState, useId, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  clients: Array<{ id: string; name: string }>;
  action: (form: FormData) => Promise<ActionResult<unknown>>;
  submitLabel: string;
  initial?: { id: string; title: string; body: string; clientId: string | null };
  resetOnSuccess?: boolean;
  onDone?: () => void;
};

/** Title, text with {{variables}}, and whether it serves every client or one. */
export function SavedReplyForm({ clients, action, submitLabel, initial, resetOnSuccess, onDone }: Props) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(async (_prev, form) => {
    const result = await action(form);
    if (result.ok) {
      if (resetOnSuccess) formRef.current?.reset();
      onDone?.();
    }
    return result;
  }, null);
  const failure = state && !state.ok ? state : null;
  return (
    <form ref={formRef} action={formAction} className="grid gap-3" noValidate aria-label={initial ? `Edit ${initial.title}` : "New saved reply"}>
      {initial && <input type="hidden" name="id" value={initial.id} />}
      {failure && <Alert>{failure.error}</Alert>}
      {state?.ok && resetOnSuccess && <Alert tone="success">Saved.</Alert>}
      <Field id={`${id}-title`} label="Title" errors={failure?.fieldErrors?.title}>
        <Input name="title" defaultValue={initial?.title} maxLength={80} required />
      </Field>
      <Field id={`${id}-body`} label="Reply" hint="Variables like {{first_name}} are filled in when inserted." errors={failure?.fieldErrors?.body}>
        <Textarea name="body" defaultValue={initial?.body} rows={4} required />
      </Field>
      <Field id={`${id}-client`} label="Available for" errors={failure?.fieldErrors?.clientId}>
        <Select name="clientId" defaultValue={initial?.clientId ?? ""}>
          <option value="">Every client</option>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} only
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        {onDone && (
          <Button type="button" size="sm" variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
