"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { connectWithXAction } from "./actions";

export function ConnectButton({ token }: { token: string }) {
  const [state, action, pending] = useActionState<{ error: string } | null>(() => connectWithXAction(token), null);
  return (
    <form action={action} className="grid gap-3">
      {state?.error && <Alert>{state.error}</Alert>}
      <Button type="submit" disabled={pending} size="lg">
        {pending ? "Opening X…" : "Connect with X"}
      </Button>
    </form>
  );
}
