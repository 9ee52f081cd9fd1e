import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import { formatMonth, type Month, monthLabel } from "./month";

export const REPORT_READY = "report.ready";

export type ReportReadyData = { clientId: string; month: string; monthLabel: string; clientName: string; path: string };

/**
 * Tells a client's viewers their monthly report is ready: by e-mail when SMTP is configured,
 * otherwise (or when the mail does not go out) with a notice in the portal. Returns how many
 * people were told.
 */
export async function notifyReportReady(input: { agencyId: string; clientId: string; clientName: string; agencyName: string; month: Month }): Promise<number> {
  const viewers = await db.membership.findMany({
    where: { agencyId: input.agencyId, clientId: input.clientId, role: "CLIENT_VIEWER", user: { active: true } },
    select: { userId: true, user: { select: { email: true, name: true } } },
  });
  if (viewers.length === 0) return 0;
  const label = monthLabel(input.month);
  const path = `/portal/reports/${formatMonth(input.month)}`;
  const link = new URL(path, env().APP_URL).toString();
  const data: ReportReadyData = { clientId: input.clientId, month: formatMonth(input.month), monthLabel: label, clientName: input.clientName, path };

  const inApp: string[] = [];
  for (const viewer of viewers) {
    const mailed = await sendMail({
      to: viewer.user.email,
      subject: `${input.clientName}: your ${label} report is ready`,
      text: [
        `Hello ${viewer.user.name},`,
        "",
        `${input.agencyName} has closed ${label} for ${input.clientName}. See how social the month was — response rate, first response times, interaction ratio and more:`,
        link,
        "",
        "You can also download it as a PDF or CSV from that page.",
      ].join("\n"),
    });
    if (!mailed) inApp.push(viewer.userId);
  }
  if (inApp.length > 0) {
    await db.notification.createMany({ data: inApp.map((userId) => ({ agencyId: input.agencyId, userId, kind: REPORT_READY, data })) });
  }
  return viewers.length;
}
