import { Megaphone } from "lucide-react";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";

/** The client's brand-voice guidelines, beside the composer. */
export function BrandVoice({ clientName, guidelines }: { clientName: string; guidelines: string }) {
  return (
    <Card aria-labelledby="voice-title">
      <CardHeader>
        <CardTitle id="voice-title" className="flex items-center gap-2">
          <Megaphone className="size-4" aria-hidden /> {clientName}&apos;s voice
        </CardTitle>
      </CardHeader>
      <CardBody className="text-sm">
        {guidelines.trim() ? (
          <p className="whitespace-pre-line" data-testid="brand-voice">
            {guidelines}
          </p>
        ) : (
          <p className="text-muted-foreground">No brand-voice guidelines yet. An account manager can add them on the client&apos;s page.</p>
        )}
      </CardBody>
    </Card>
  );
}
