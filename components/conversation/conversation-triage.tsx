"use client";

import { AlarmClock, Check, Hourglass, Keyboard, RotateCcw, Tag, UserPlus } from "lucide-react";
import { type ReactNode, useCallback, useMemo, useState, useTransition } from "react";
import { AssignPicker } from "@/components/inbox/assign-picker";
import { ShortcutsDialog } from "@/components/inbox/shortcuts-dialog";
import { SnoozePicker } from "@/components/inbox/snooze-picker";
import { TagPicker } from "@/components/inbox/tag-picker";
import { Toast, type ToastState } from "@/components/inbox/toast";
import type { Assignee, InboxActions, InboxTag, SnoozePreset } from "@/components/inbox/types";
import { useInboxKeys } from "@/components/inbox/use-inbox-keys";
import type { ActionResult } from "@/lib/http/action-result";
import { CONVERSATION_SHORTCUTS } from "./conversation-shortcuts";

export type TriageActions = Pick<InboxActions, "markDone" | "markPending" | "reopen" | "snooze" | "assign" | "tag">;

type Dialog = "assign" | "snooze" | "tag" | "help" | null;

type Props = {
  conversation: { id: string; clientId: string; clientName: string; status: string; assignee: { id: string; name: string } | null; tags: string[] };
  userId: string;
  canAct: boolean;
  assignees: Assignee[];
  tags: InboxTag[];
  actions: TriageActions;
};

const SNOOZE_TEXT: Record<SnoozePreset, string> = { "1h": "for 1 hour", "3h": "for 3 hours", tomorrow: "until tomorrow 9:00", next_week: "until Monday 9:00" };

/**
 * Status, assignee and tags, changed from the conversation itself with the inbox's pickers, keys (e, p, a, i,
 * s, t) and use cases. The server action re-renders the page, so the header shows what the server kept.
 */
export function ConversationTriage({ conversation, userId, canAct, assignees, tags, actions }: Props) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  const [busy, startTransition] = useTransition();
  const ids = useMemo(() => [conversation.id], [conversation.id]);
  const { status } = conversation;

  const run = useCallback((call: () => Promise<ActionResult<unknown>>, message: string) => {
    setDialog(null);
    startTransition(async () => {
      const result = await call();
      setToast(result.ok ? { message } : { tone: "danger", message: result.error });
    });
  }, []);

  const doneOrReopen = () =>
    status === "DONE" ? run(() => actions.reopen({ conversationIds: ids }), "Reopened") : run(() => actions.markDone({ conversationIds: ids }), "Done");
  const pending = () => status !== "PENDING" && run(() => actions.markPending({ conversationIds: ids }), "Pending: waiting on the client or customer");
  const assign = (assigneeId: string | null) => {
    if (assigneeId === (conversation.assignee?.id ?? null)) return setDialog(null);
    const person = assignees.find((a) => a.id === assigneeId);
    run(() => actions.assign({ conversationIds: ids, assigneeId }), person ? `Assigned to ${person.name}` : "Unassigned");
  };
  const snooze = (when: { preset: SnoozePreset } | { until: string }) =>
    run(() => actions.snooze({ conversationIds: ids, when }), `Snoozed ${"until" in when ? "until the time you picked" : SNOOZE_TEXT[when.preset]}`);
  const tag = ({ add = [], remove = [] }: { add?: string[]; remove?: string[] }) =>
    run(() => actions.tag({ conversationIds: ids, add, remove }), add.length ? `Tagged “${add.join(", ")}”` : `Removed “${remove.join(", ")}”`);

  const act = (handler: () => unknown) => () => (canAct && !busy ? handler() : undefined);
  useInboxKeys(
    {
      e: act(doneOrReopen),
      p: act(pending),
      a: act(() => setDialog("assign")),
      i: act(() => assign(userId)),
      s: act(() => setDialog("snooze")),
      t: act(() => setDialog("tag")),
      "?": () => setDialog("help"),
    },
    dialog === null,
  );
  const dismissToast = useCallback(() => setToast(null), []);

  return (
    <>
      <div role="toolbar" aria-label="Triage" aria-busy={busy || undefined} data-testid="conversation-triage" className="flex flex-wrap items-center gap-1">
        {canAct && (
          <>
            {status === "DONE" ? (
              <TriageButton onClick={doneOrReopen} icon={<RotateCcw />} label="Reopen" shortcut="e" disabled={busy} />
            ) : (
              <TriageButton onClick={doneOrReopen} icon={<Check />} label="Done" shortcut="e" disabled={busy} />
            )}
            <TriageButton onClick={pending} icon={<Hourglass />} label="Pending" shortcut="p" title="Waiting on the client or customer" disabled={busy || status === "PENDING"} />
            <TriageButton onClick={() => setDialog("snooze")} icon={<AlarmClock />} label="Snooze" shortcut="s" disabled={busy} />
            <TriageButton onClick={() => setDialog("assign")} icon={<UserPlus />} label="Assign" shortcut="a" disabled={busy} />
            <TriageButton onClick={() => setDialog("tag")} icon={<Tag />} label="Tag" shortcut="t" disabled={busy} />
          </>
        )}
        <TriageButton onClick={() => setDialog("help")} icon={<Keyboard />} label="Shortcuts" shortcut="?" />
      </div>
      <Toast toast={toast} onDismiss={dismissToast} />
      <ShortcutsDialog
        open={dialog === "help"}
        onOpenChange={(o) => setDialog(o ? "help" : null)}
        shortcuts={CONVERSATION_SHORTCUTS}
        description={canAct ? "Keys act on this conversation; typing in a field keeps them in the field." : "You can read this conversation; changing it is for the client's team."}
      />
      {canAct && (
        <>
          <AssignPicker
            open={dialog === "assign"}
            onOpenChange={(o) => setDialog(o ? "assign" : null)}
            assignees={assignees}
            userId={userId}
            clientIds={[conversation.clientId]}
            clientNames={new Map([[conversation.clientId, conversation.clientName]])}
            anyAssigned={conversation.assignee !== null}
            count={1}
            onAssign={assign}
          />
          <SnoozePicker open={dialog === "snooze"} onOpenChange={(o) => setDialog(o ? "snooze" : null)} count={1} onSnooze={snooze} />
          <TagPicker open={dialog === "tag"} onOpenChange={(o) => setDialog(o ? "tag" : null)} tags={tags} onAll={new Set(conversation.tags)} count={1} onChange={tag} />
        </>
      )}
    </>
  );
}

function TriageButton({ onClick, icon, label, shortcut, title, disabled }: { onClick: () => void; icon: ReactNode; label: string; shortcut: string; title?: string; disabled?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      title={title}
      disabled={disabled}
      aria-keyshortcuts={shortcut}
      className="inline-flex h-8 items-center gap-1.5 rounded-md border border-input bg-card px-2.5 text-sm shadow-xs hover:bg-muted/60 disabled:opacity-50 [&_svg]:size-3.5 [&_svg]:text-muted-foreground"
    >
      {icon}
      {label}
      <kbd className="font-mono text-[10px] text-muted-foreground">{shortcut}</kbd>
    </button>
  );
}
