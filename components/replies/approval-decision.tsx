"use client";

import { Check, X } from "lucide-react";
import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import type { ActionResult } from "@/lib/http/action-result";

type Result = ActionResult<{ message: string }>;

/** Approve (comment optional) or reject (comment required) one reply. */
export function ApprovalDecision({ draftId, action }: { draftId: string; action: (form: FormData) => Promise<Result> }) {
  const id = useId();
  const [state, formAction, pending] = useActionState<Result | null, FormData>((_prev, form) => action(form), null);
  if (state?.ok) {
    return (
      <Alert tone={state.data.message.startsWith("Approved, but") ? "danger" : "success"} className="mt-2">
        {state.data.message}
      </Alert>
    );
  }
  return (
    <form action={formAction} className="mt-3 grid gap-2" aria-label="Decide on this reply">
      <input type="hidden" name="draftId" value={draftId} />
      {state && !state.ok && <Alert>{state.fieldErrors?.comment?.join(" ") ?? state.error}</Alert>}
      <label htmlFor={`${id}-comment`} className="text-xs font-medium text-muted-foreground">
        Comment (needed to reject)
      </label>
      <Textarea id={`${id}-comment`} name="comment" rows={2} className="min-h-14" placeholder="What should change, or a note for the author" />
      <div className="flex gap-2">
        <Button type="submit" name="decision" value="approve" size="sm" disabled={pending}>
          <Check aria-hidden /> Approve and send
        </Button>
        <Button type="submit" name="decision" value="reject" size="sm" variant="secondary" disabled={pending}>
          <X aria-hidden /> Reject
        </Button>
      </div>
    </form>
  );
}
