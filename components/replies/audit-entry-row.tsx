import Link from "next/link";
import type { AuditEntryView } from "@/lib/audit/list-audit-log";

const LABELS: Record<string, string> = {
  "reply.sent": "Sent a reply",
  "reply.submitted_for_approval": "Submitted a reply for approval",
  "reply.approved": "Approved a reply",
  "reply.rejected": "Rejected a reply",
  "reply.withdrawn": "Withdrew a reply from approval",
  "post.reposted": "Reposted a post",
  "conversation.status_changed": "Changed a conversation's status",
  "conversation.assigned": "Assigned a conversation",
  "saved_reply.created": "Added a saved reply",
  "saved_reply.updated": "Edited a saved reply",
  "saved_reply.deleted": "Deleted a saved reply",
};

function field(data: AuditEntryView["data"], key: string): string | null {
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "string" && value ? value : null;
}

/** One audit entry in words, with the details that matter for it. */
export function AuditEntryRow({ entry }: { entry: AuditEntryView }) {
  const label = LABELS[entry.action] ?? entry.action;
  const details = [
    field(entry.data, "from") && field(entry.data, "to") ? `${field(entry.data, "from")} → ${field(entry.data, "to")}` : null,
    field(entry.data, "reason"),
    field(entry.data, "comment") ? `“${field(entry.data, "comment")}”` : null,
    field(entry.data, "text") ? `“${field(entry.data, "text")}”` : null,
    field(entry.data, "title"),
    field(entry.data, "byRole") === "CLIENT_VIEWER" ? "as the client" : null,
  ].filter(Boolean);
  const conversationId = entry.targetType === "conversation" ? entry.targetId : field(entry.data, "conversationId");
  return (
    <tr>
      <td className="whitespace-nowrap px-4 py-2 align-top text-muted-foreground">
        <time dateTime={entry.createdAt.toISOString()}>{entry.createdAt.toISOString().slice(0, 16).replace("T", " ")}</time>
      </td>
      <td className="px-4 py-2 align-top">{entry.actorName ?? "Someone without an account"}</td>
      <td className="px-4 py-2 align-top">
        <span className="font-medium">{label}</span>
        {details.length > 0 && <span className="text-muted-foreground"> · {details.join(" · ")}</span>}
        {conversationId && (
          <>
            {" "}
            <Link href={`/inbox/${conversationId}`} className="text-primary hover:underline">
              open
            </Link>
          </>
        )}
      </td>
    </tr>
  );
}
