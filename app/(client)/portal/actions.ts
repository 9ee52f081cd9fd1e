"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/define-action";
import { dismissNotificationSchema, dismissReportNotification } from "@/lib/reports/dismiss-report-notification";

const dismiss = defineAction("dismiss report notice", dismissNotificationSchema, async (actor, input) => {
  await dismissReportNotification(actor, input);
  revalidatePath("/portal");
});

/** The "Dismiss" button of a "your report is ready" notice (a plain form post). */
export async function dismissReportNoticeAction(form: FormData): Promise<void> {
  await dismiss(form);
}
