import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { REPORT_READY } from "./notify-report-ready";

export const dismissNotificationSchema = z.object({ notificationId: z.uuid() });

/** Marks one of the actor's own "report ready" notices as read; anyone else's is "not found". */
export async function dismissReportNotification(actor: Actor, input: z.infer<typeof dismissNotificationSchema>): Promise<void> {
  const { count } = await db.notification.updateMany({
    where: { id: input.notificationId, userId: actor.userId, kind: REPORT_READY, readAt: null },
    data: { readAt: new Date() },
  });
  if (count === 0) throw notFound();
}
