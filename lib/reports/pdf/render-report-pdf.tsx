import { Font, renderToBuffer } from "@react-pdf/renderer";
import type { MonthlyReport } from "../report-types";
import { ReportDocument } from "./report-document";

// Hyphenating every word is most of react-pdf's text layout time, and handles or URLs must not break.
Font.registerHyphenationCallback((word) => [word]);

/** The report as a PDF file (react-pdf: pure JavaScript, no browser). */
export function renderReportPdf(report: MonthlyReport): Promise<Buffer> {
  return renderToBuffer(<ReportDocument report={report} />);
}
