import { CircleAlert, CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "X account connection" };

const MESSAGES: Record<string, { title: string; body: string; ok: boolean }> = {
  connected: { title: "Connected", body: "Your X account is connected. Your agency can now answer the people who talk to you. You can close this window.", ok: true },
  denied: { title: "Not connected", body: "You cancelled on X, so nothing was connected. To try again, open the link you were sent once more.", ok: false },
  failed: { title: "Not connected", body: "X did not complete the authorisation. Open the link you were sent to try again.", ok: false },
  conflict: { title: "Already connected elsewhere", body: "This X account is already connected to another client of the agency. Ask your agency to disconnect it first.", ok: false },
  expired: { title: "This authorisation expired", body: "It took too long, or it was already completed. Ask your agency for a new connect link.", ok: false },
};

export default async function ConnectDonePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const status = typeof params.status === "string" && params.status in MESSAGES ? params.status : "expired";
  const message = MESSAGES[status] ?? MESSAGES.expired!;
  const Icon = message.ok ? CircleCheck : CircleAlert;
  const account = typeof params.account === "string" ? params.account : null;
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Icon className={message.ok ? "size-5 text-success" : "size-5 text-danger"} aria-hidden />
          <span data-testid="connect-outcome">{message.title}</span>
        </CardTitle>
      </CardHeader>
      <CardBody className="text-sm">
        {account && message.ok && <p className="mb-2 font-medium">@{account}</p>}
        <p>{message.body}</p>
      </CardBody>
    </Card>
  );
}
