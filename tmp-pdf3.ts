import { readFileSync, writeFileSync } from "node:fs";
import type { MonthlyReport } from "@/lib/reports/report-types";
import { renderReportPdf } from "@/lib/reports/pdf/render-report-pdf";
const r = JSON.parse(readFileSync("/tmp/rep/report.json", "utf8")) as MonthlyReport;
for (let i = 0; i < 4; i++) { const s = performance.now(); const b = await renderReportPdf(r); console.log("pdf", Math.round(performance.now() - s), b.length); writeFileSync("/tmp/rep/report.pdf", b); }
