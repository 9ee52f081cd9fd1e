import type { ReactNode } from "react";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils/cn";

export type DataTable = { caption: string; columns: string[]; rows: ReactNode[][] };

/**
 * A chart with what a screen reader (or a hurried reader) needs: a title, a one-sentence summary
 * that the chart is labelled by, and the numbers behind it as a table.
 */
export function ChartCard({ id, title, summary, table, empty, className, children }: { id: string; title: string; summary: ReactNode; table?: DataTable; empty?: string | false; className?: string; children: ReactNode }) {
  return (
    <Card aria-labelledby={`${id}-title`} className={cn("flex flex-col", className)} data-testid={`chart-${id}`}>
      <CardHeader className="border-b-0 pb-0">
        <CardTitle id={`${id}-title`}>{title}</CardTitle>
        <p id={`${id}-summary`} className="text-sm text-muted-foreground">
          {summary}
        </p>
      </CardHeader>
      <CardBody className="flex flex-1 flex-col gap-3">
        {empty ? (
          <p className="flex min-h-40 flex-1 items-center justify-center rounded-md border border-dashed text-sm text-muted-foreground">{empty}</p>
        ) : (
          <figure role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} className="min-h-40 flex-1">
            {children}
          </figure>
        )}
        {table && !empty && (
          <details className="group text-sm">
            <summary className="cursor-pointer select-none text-xs font-medium text-muted-foreground hover:text-foreground">Show the numbers</summary>
            <div className="mt-2 max-h-72 overflow-auto rounded-md border">
              <table className="w-full text-xs">
                <caption className="sr-only">{table.caption}</caption>
                <thead className="sticky top-0 bg-muted text-left text-muted-foreground">
                  <tr>
                    {table.columns.map((column, i) => (
                      <th key={column} scope="col" className={cn("px-2 py-1 font-medium", i > 0 && "text-right")}>
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, r) => (
                    <tr key={r} className="border-t">
                      {row.map((cell, i) => (
                        <td key={i} className={cn("px-2 py-1 tabular-nums", i > 0 && "text-right")}>
                          {cell}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        )}
      </CardBody>
    </Card>
  );
}
