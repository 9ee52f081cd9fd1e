"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { ActionResult } from "@/lib/http/action-result";
import type { BusinessHours } from "@/lib/sla/business-hours";
import { BusinessHoursFields } from "./business-hours-fields";

export type ClientFormValues = {
  name: string;
  color: string;
  timezone: string;
  businessHours: BusinessHours;
  slaMinutes: number;
  brandVoice: string;
  approvalRule: "NONE" | "EVERY_REPLY" | "FLAGGED";
  monthlyBudgetCents: number | null;
};

type Props = {
  initial: ClientFormValues;
  timeZones: string[];
  submitLabel: string;
  action: (form: FormData) => Promise<ActionResult<{ id: string }>>;
};

export function ClientForm({ initial, timeZones, submitLabel, action }: Props) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<{ id: string }> | null, FormData>(async (_prev, form) => {
    const result = await action(form);
    if (result.ok) router.push(`/clients/${result.data.id}`);
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="grid gap-6" noValidate aria-label="Client details">
      {state && !state.ok && <Alert>{state.error}</Alert>}
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <Field id="client-name" label="Name" errors={errors?.name}>
          <Input name="name" defaultValue={initial.name} required />
        </Field>
        <Field id="client-color" label="Colour" errors={errors?.color}>
          <Input name="color" type="color" defaultValue={initial.color} className="h-9 p-1" />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="client-timezone" label="Time zone" hint="Business hours and the monthly report use it." errors={errors?.timezone}>
          <Input name="timezone" list="time-zones" defaultValue={initial.timezone} required />
        </Field>
        <datalist id="time-zones">
          {timeZones.map((tz) => (
            <option key={tz} value={tz} />
          ))}
        </datalist>
        <Field id="client-sla" label="First-response target (minutes of business hours)" errors={errors?.slaMinutes}>
          <Input name="slaMinutes" type="number" min={5} step={5} defaultValue={initial.slaMinutes} required />
        </Field>
      </div>
      <BusinessHoursFields initial={initial.businessHours} errors={errors?.businessHours} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="client-approval" label="Replies need approval" errors={errors?.approvalRule}>
          <Select name="approvalRule" defaultValue={initial.approvalRule}>
            <option value="NONE">Never</option>
            <option value="FLAGGED">When staff flag a reply</option>
            <option value="EVERY_REPLY">Every reply</option>
          </Select>
        </Field>
        <Field id="client-budget" label="Monthly X API budget (USD)" hint="Leave empty for no budget." errors={errors?.monthlyBudgetDollars}>
          <Input name="monthlyBudgetDollars" type="number" min={0} step="0.01" defaultValue={initial.monthlyBudgetCents == null ? "" : (initial.monthlyBudgetCents / 100).toFixed(2)} />
        </Field>
      </div>
      <Field id="client-voice" label="Brand-voice guidelines" hint="Shown beside the reply composer." errors={errors?.brandVoice}>
        <Textarea name="brandVoice" rows={4} defaultValue={initial.brandVoice} />
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
