import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { formatCount, formatUsd } from "@/lib/reports/format";
import type { UsageFigures } from "@/lib/reports/report-types";

/** X API calls and their estimated cost for the month (agency people only). */
export function UsageCard({ usage }: { usage: UsageFigures }) {
  return (
    <Card aria-labelledby="usage-title" data-testid="usage">
      <CardHeader>
        <CardTitle id="usage-title">X API usage</CardTitle>
        <p className="text-sm text-muted-foreground">
          Estimated <span className="font-semibold text-foreground">{formatUsd(usage.costMicros)}</span> for {formatCount(usage.calls)} calls and {formatCount(usage.items)} billed items, at X&apos;s pay-per-use prices. Only your agency sees this.
        </p>
      </CardHeader>
      <CardBody className="overflow-x-auto">
        {usage.byEndpoint.length === 0 ? (
          <p className="text-sm text-muted-foreground">No X API calls this month.</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="text-left text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="pb-2 font-medium">Endpoint</th>
                <th scope="col" className="pb-2 text-right font-medium">Calls</th>
                <th scope="col" className="pb-2 text-right font-medium">Billed items</th>
                <th scope="col" className="pb-2 text-right font-medium">Estimated cost</th>
              </tr>
            </thead>
            <tbody>
              {usage.byEndpoint.map((e) => (
                <tr key={e.endpoint} className="border-t">
                  <td className="py-1.5 font-mono text-xs">{e.endpoint}</td>
                  <td className="py-1.5 text-right tabular-nums">{formatCount(e.calls)}</td>
                  <td className="py-1.5 text-right tabular-nums">{formatCount(e.items)}</td>
                  <td className="py-1.5 text-right tabular-nums">{formatUsd(e.costMicros)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </CardBody>
    </Card>
  );
}
