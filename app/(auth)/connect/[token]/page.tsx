import type { Metadata } from "next";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { viewConnectLink } from "@/lib/onboarding/use-connect-link";
import { ConnectButton } from "./connect-button";

export const metadata: Metadata = { title: "Connect your X account" };

const DEAD_ENDS = {
  expired: "This connect link has expired. Ask your agency to send a new one.",
  used: "This connect link was already used: the account is connected. If you need to connect another, ask your agency for a new link.",
  unknown: "This connect link is not valid. Check that you copied all of it.",
};

export default async function ConnectLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await viewConnectLink(token);
  if (link.state !== "valid") {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Link unavailable</CardTitle>
        </CardHeader>
        <CardBody>
          <p className="text-sm" data-testid="connect-problem">
            {DEAD_ENDS[link.state]}
          </p>
        </CardBody>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>Connect {link.clientName}&apos;s X account</CardTitle>
        <p className="text-sm text-muted-foreground">
          {link.agencyName} manages replies for {link.clientName} with Rapport.
        </p>
      </CardHeader>
      <CardBody className="grid gap-4 text-sm">
        <p>X will ask you to sign in and approve. Rapport will be able to read mentions and the account&apos;s posts, and post replies you or your agency approve. You can disconnect at any time.</p>
        <p className="text-muted-foreground">You do not need a Rapport account. This link works once.</p>
        <ConnectButton token={token} />
      </CardBody>
    </Card>
  );
}
