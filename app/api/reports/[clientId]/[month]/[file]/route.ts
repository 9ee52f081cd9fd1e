import { getReportExport } from "@/lib/reports/get-report-export";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ clientId: string; month: string; file: string }> };

// Report downloads: /api/reports/<clientId>/<YYYY-MM>/report.pdf | daily.csv | conversations.csv.
// Anyone who may not see the client's reports gets 404, like a file that does not exist.
export const GET = defineRoute<Context>("report export", async (_request, { params, actor }) => {
  const { clientId, month, file } = await params;
  const out = await getReportExport(actor, { clientId, month, file });
  return new Response(out.body, {
    headers: {
      "content-type": out.contentType,
      "content-disposition": `attachment; filename="${out.filename}"; filename*=UTF-8''${encodeURIComponent(out.filename)}`,
      "cache-control": "private, no-store",
    },
  });
});
