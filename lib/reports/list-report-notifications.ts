import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { REPORT_READY, type ReportReadyData } from "./notify-report-ready";

export type ReportNotice = { id: string; createdAt: Date } & ReportReadyData;

/** The actor's unread "your report is ready" notices, newest first. */
export async function listReportNotifications(actor: Actor): Promise<ReportNotice[]> {
  const rows = await db.notification.findMany({
    where: { userId: actor.userId, agencyId: actor.agencyId, kind: REPORT_READY, readAt: null },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, createdAt: true, data: true },
  });
  return rows.map((row) => ({ id: row.id, createdAt: row.createdAt, ...(row.data as ReportReadyData) }));
}
