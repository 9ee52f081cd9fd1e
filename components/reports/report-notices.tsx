import { BellRing, X } from "lucide-react";
import Link from "next/link";
import type { ReportNotice } from "@/lib/reports/list-report-notifications";

type DismissAction = (form: FormData) => Promise<void>;

/** "Your October report is ready": shown in the portal when the report was not (or could not be) e-mailed. */
export function ReportNotices({ notices, dismiss }: { notices: ReportNotice[]; dismiss: DismissAction }) {
  if (notices.length === 0) return null;
  return (
    <ul className="grid gap-2" aria-label="New reports" data-testid="report-notices">
      {notices.map((notice) => (
        <li key={notice.id} role="status" className="flex items-center gap-3 rounded-lg border border-primary/30 bg-accent px-4 py-3 text-sm text-accent-foreground">
          <BellRing className="size-4 shrink-0" aria-hidden />
          <p className="flex-1">
            Your <span className="font-semibold">{notice.monthLabel}</span> report is ready.{" "}
            <Link href={notice.path} className="font-medium underline underline-offset-4">
              Open it
            </Link>
          </p>
          <form action={dismiss}>
            <input type="hidden" name="notificationId" value={notice.id} />
            <button type="submit" className="rounded p-1 hover:bg-primary/10" aria-label={`Dismiss the ${notice.monthLabel} notice`}>
              <X className="size-4" aria-hidden />
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
