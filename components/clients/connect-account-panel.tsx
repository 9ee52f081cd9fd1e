"use client";

import { Link2, Plus } from "lucide-react";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  connectAction: () => Promise<ActionResult<never>>;
  createLinkAction: () => Promise<ActionResult<{ link: string; expiresAt: Date }>>;
};

/** Two ways to connect: sign in to X yourself, or send the client a single-use link. */
export function ConnectAccountPanel({ connectAction, createLinkAction }: Props) {
  const [connectState, connect, connecting] = useActionState<ActionResult<never> | null>(() => connectAction(), null);
  const [linkState, createLink, creating] = useActionState<ActionResult<{ link: string; expiresAt: Date }> | null>(() => createLinkAction(), null);
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap gap-2">
        <form action={connect}>
          <Button type="submit" disabled={connecting}>
            <Plus aria-hidden /> {connecting ? "Opening X…" : "Connect X account"}
          </Button>
        </form>
        <form action={createLink}>
          <Button type="submit" variant="secondary" disabled={creating}>
            <Link2 aria-hidden /> Create connect link
          </Button>
        </form>
      </div>
      {connectState && !connectState.ok && <Alert>{connectState.error}</Alert>}
      {linkState && !linkState.ok && <Alert>{linkState.error}</Alert>}
      {linkState?.ok && (
        <Alert tone="success">
          Send this link to the client. They can connect their X account without a Rapport login; it works once, until{" "}
          {new Date(linkState.data.expiresAt).toLocaleDateString("en-GB", { day: "numeric", month: "long" })}.
          <Input readOnly value={linkState.data.link} aria-label="Connect link" data-testid="connect-link" className="mt-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </Alert>
      )}
    </div>
  );
}
