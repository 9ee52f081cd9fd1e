import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { metricDefinitions } from "@/lib/metrics/definitions";
import { formatDuration } from "@/lib/reports/format";

/** The definitions behind every number, from lib/metrics/definitions.ts (the same text as the PDF). */
export function HowWeCount({ slaMinutes }: { slaMinutes: number }) {
  return (
    <Card aria-labelledby="how-we-count-title" data-testid="how-we-count">
      <CardHeader>
        <CardTitle id="how-we-count-title">How we count</CardTitle>
        <p className="text-sm text-muted-foreground">Every number on this report, defined once and counted the same way every month.</p>
      </CardHeader>
      <CardBody>
        <dl className="grid gap-x-6 gap-y-3 text-sm md:grid-cols-2">
          {metricDefinitions(formatDuration(slaMinutes * 60)).map((d) => (
            <div key={d.key}>
              <dt className="font-medium">{d.term}</dt>
              <dd className="text-muted-foreground">{d.definition}</dd>
            </div>
          ))}
        </dl>
      </CardBody>
    </Card>
  );
}
