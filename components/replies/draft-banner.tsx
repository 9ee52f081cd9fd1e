import { CircleAlert, Clock, Loader2, ThumbsDown } from "lucide-react";
import type { ReactNode } from "react";

export type Decision = { decision: "APPROVED" | "REJECTED"; comment: string; by: string; at: Date };

function Banner({ tone, icon, children }: { tone: "warning" | "danger" | "neutral"; icon: ReactNode; children: ReactNode }) {
  const tones = { warning: "bg-warning-soft text-foreground", danger: "bg-danger-soft text-danger", neutral: "bg-muted text-foreground" };
  return (
    <div role="status" data-testid="draft-status" className={`flex items-start gap-2 rounded-md px-3 py-2 text-sm ${tones[tone]}`}>
      <span className="mt-0.5 shrink-0 [&_svg]:size-4">{icon}</span>
      <div>{children}</div>
    </div>
  );
}

/** Where the draft stands: waiting for approval, rejected (and why), being sent, or failed (and what to do). */
export function DraftBanner({ status, failure, decision }: { status: string | null; failure: string | null; decision: Decision | null }) {
  if (status === "AWAITING_APPROVAL") {
    return (
      <Banner tone="warning" icon={<Clock aria-hidden />}>
        Waiting for approval by an account manager or the client. You will see the decision here.
      </Banner>
    );
  }
  if (status === "APPROVED" || status === "SENDING") {
    return (
      <Banner tone="neutral" icon={<Loader2 className="animate-spin" aria-hidden />}>
        {status === "APPROVED" && decision ? `Approved by ${decision.by}. Sending…` : "Sending…"}
      </Banner>
    );
  }
  if (status === "REJECTED" && decision?.decision === "REJECTED") {
    return (
      <Banner tone="danger" icon={<ThumbsDown aria-hidden />}>
        <strong>Rejected by {decision.by}:</strong> {decision.comment} <span className="text-foreground">Edit the reply and submit it again.</span>
      </Banner>
    );
  }
  if (status === "FAILED" && failure) {
    return (
      <Banner tone="danger" icon={<CircleAlert aria-hidden />}>
        {failure}
      </Banner>
    );
  }
  return null;
}
