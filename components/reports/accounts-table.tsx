import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { deriveMetrics } from "@/lib/metrics/metric-totals";
import { formatCompact, formatCount, formatPercent, formatSignedCount } from "@/lib/reports/format";
import type { AccountFigures } from "@/lib/reports/report-types";

/** Each connected X account's share of the month, when the client has more than one. */
export function AccountsTable({ accounts }: { accounts: AccountFigures[] }) {
  return (
    <Card aria-labelledby="accounts-title">
      <CardHeader>
        <CardTitle id="accounts-title">By account</CardTitle>
      </CardHeader>
      <CardBody className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-left text-xs text-muted-foreground">
            <tr>
              {["Account", "Inbound", "Response rate", "Own posts", "Interaction ratio", "Followers"].map((h, i) => (
                <th key={h} scope="col" className={i ? "pb-2 text-right font-medium" : "pb-2 font-medium"}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => {
              const d = deriveMetrics(a);
              const growth = a.followers !== null && a.followersStart !== null ? a.followers - a.followersStart : null;
              return (
                <tr key={a.accountId} className="border-t">
                  <td className="py-1.5 font-medium">@{a.username}</td>
                  <td className="py-1.5 text-right tabular-nums">{formatCount(d.inbound)}</td>
                  <td className="py-1.5 text-right tabular-nums">{formatPercent(d.responseRate)}</td>
                  <td className="py-1.5 text-right tabular-nums">{formatCount(d.ownTotal)}</td>
                  <td className="py-1.5 text-right tabular-nums">{formatPercent(d.interactionRatio)}</td>
                  <td className="py-1.5 text-right tabular-nums">
                    {formatCompact(a.followers)} <span className="text-xs text-muted-foreground">({formatSignedCount(growth)})</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </CardBody>
    </Card>
  );
}
