"use client";

import { CircleCheck, Clock, MessageSquareText, Send, Undo2 } from "lucide-react";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { COMPOSER_ID } from "@/components/conversation/conversation-keys";
import { useLive } from "@/components/conversation/live-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import type { ActionResult } from "@/lib/http/action-result";
import type { SubmitOutcome } from "@/lib/replies/submit-reply";
import { measureReply } from "@/lib/replies/weighted-length";
import type { ReplyVariables } from "@/lib/saved-replies/render-saved-reply";
import { CollisionWarning } from "./collision-warning";
import { DraftBanner, type Decision } from "./draft-banner";
import { ReplyCounter } from "./reply-counter";
import { SavedReplyPicker, type PickerReply } from "./saved-reply-picker";
import { useDraftAutosave } from "./use-draft-autosave";

const EDITABLE = new Set(["DRAFT", "REJECTED", "FAILED"]);
const WAITING = new Set(["AWAITING_APPROVAL", "APPROVED", "SENDING"]);

export type InitialDraft = {
  id: string;
  text: string;
  flagged: boolean;
  status: string;
  version: number;
  failureMessage: string | null;
  decision: Decision | null;
};

type Actions = {
  save: (input: unknown) => Promise<ActionResult<{ draftId: string; version: number }>>;
  submit: (input: unknown) => Promise<ActionResult<SubmitOutcome>>;
  withdraw: (input: unknown) => Promise<ActionResult<{ version: number }>>;
};

type Props = {
  conversationId: string;
  /** Server time when the page was rendered: replies sent after it are a collision. */
  openedAt: string;
  initialDraft: InitialDraft | null;
  approvalRule: "NONE" | "EVERY_REPLY" | "FLAGGED";
  replyTargets: Array<{ xId: string; label: string }>;
  savedReplies: PickerReply[];
  variables: ReplyVariables;
  autoFocus: boolean;
  actions: Actions;
};

type Notice = { tone: "danger" | "success"; text: string } | null;
type Collision = Extract<SubmitOutcome, { status: "collision" }>["collision"];

/**
 * The reply composer: X's weighted counter, saved replies (button or "/" in an empty box), autosave as you
 * type (drafts survive a reload), approval where the client's rule asks for it, and Cmd/Ctrl+Enter to send.
 * The draft's fate (approved, rejected, sent, failed) arrives live through the page's poll.
 */
export function Composer({ conversationId, openedAt, initialDraft, approvalRule, replyTargets, savedReplies, variables, autoFocus, actions }: Props) {
  const { live, replyTo, setReplyTo, setDrafting, trackDraft, pollNow, subscribe } = useLive();
  const [text, setText] = useState(initialDraft?.text ?? "");
  const [flagged, setFlagged] = useState(initialDraft?.flagged ?? false);
  const [status, setStatus] = useState<string | null>(initialDraft?.status ?? null);
  const [failure, setFailure] = useState<string | null>(initialDraft?.failureMessage ?? null);
  const [decision, setDecision] = useState<Decision | null>(initialDraft?.decision ?? null);
  const [notice, setNotice] = useState<Notice>(null);
  const [collision, setCollision] = useState<Collision | null>(null);
  const [picking, setPicking] = useState(false);
  const [sending, startSending] = useTransition();
  const opened = useRef(openedAt);
  const field = useRef<HTMLTextAreaElement>(null);
  const autosave = useDraftAutosave({
    conversationId,
    initial: { id: initialDraft?.id ?? null, version: initialDraft?.version ?? 0 },
    save: actions.save,
    snapshot: { text, flagged, replyTo },
    onSaved: (draftId, isNew) => {
      if (isNew) trackDraft(draftId);
      setStatus((s) => (s === null || s === "REJECTED" || s === "FAILED" ? "DRAFT" : s));
    },
    onError: (message) => setNotice({ tone: "danger", text: message }),
  });
  const saved = autosave.draft;
  const { saveState, schedule, forget } = autosave;

  const length = measureReply(text);
  const editable = status === null || EDITABLE.has(status);
  const approval = approvalRule === "EVERY_REPLY" || (approvalRule === "FLAGGED" && flagged);

  useEffect(() => {
    trackDraft(saved.current.id);
  }, [saved, trackDraft]);

  useEffect(() => {
    setDrafting(editable && text.trim().length > 0);
  }, [editable, text, setDrafting]);

  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);

  const reset = useCallback(
    (message: string) => {
      forget();
      trackDraft(null);
      setText("");
      setFlagged(false);
      setStatus(null);
      setFailure(null);
      setDecision(null);
      setCollision(null);
      setNotice({ tone: "success", text: message });
      opened.current = new Date().toISOString();
    },
    [forget, trackDraft],
  );

  // The poll reports what happened to our draft meanwhile (an approver's decision, a send's outcome).
  const shownStatus = useRef(status);
  useEffect(() => {
    shownStatus.current = status;
  }, [status]);
  useEffect(
    () =>
      subscribe((snapshot) => {
        const server = snapshot.draft;
        if (!server || server.id !== saved.current.id || server.status === shownStatus.current) return;
        // Only outcomes of someone else's move count (an approver, a send in flight): the author's own
        // moves are applied locally, and a poll that left before them must not undo them.
        if (server.status !== "SENT" && !WAITING.has(shownStatus.current ?? "")) return;
        if (server.status === "SENT") {
          reset(server.decision?.decision === "APPROVED" ? `Approved by ${server.decision.by} and sent.` : "Reply sent.");
          return;
        }
        shownStatus.current = server.status;
        setStatus(server.status);
        setFailure(server.failureMessage);
        setDecision(server.decision ? { ...server.decision, at: new Date(server.decision.at) } : null);
      }),
    [saved, subscribe, reset],
  );

  const submit = (confirmCollision = false) => {
    if (!length.valid || sending || !editable) return;
    autosave.cancel();
    startSending(async () => {
      setNotice(null);
      await autosave.saveNow();
      if (!saved.current.id) return;
      const result = await actions.submit({ draftId: saved.current.id, version: saved.current.version, openedAt: opened.current, confirmCollision });
      pollNow();
      if (!result.ok) {
        setNotice({ tone: "danger", text: result.error });
        setStatus("FAILED");
        setFailure(null);
        return;
      }
      const outcome = result.data;
      if (outcome.status === "collision") {
        setCollision(outcome.collision);
        return;
      }
      setCollision(null);
      if (outcome.status === "awaiting_approval") {
        setStatus("AWAITING_APPROVAL");
        setDecision(null);
      } else if (outcome.status === "in_progress") {
        setStatus("SENDING");
      } else {
        reset(outcome.status === "sent" && outcome.conversationStatus === "DONE" ? "Reply sent. The conversation is done." : "Reply sent.");
      }
    });
  };

  const withdraw = () =>
    startSending(async () => {
      if (!saved.current.id) return;
      const result = await actions.withdraw({ draftId: saved.current.id });
      if (!result.ok) setNotice({ tone: "danger", text: result.error });
      else {
        setStatus("DRAFT");
        setNotice(null);
      }
    });

  const edit = (next: string) => {
    setText(next);
    schedule();
  };

  const insert = (snippet: string) => {
    const el = field.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const next = `${text.slice(0, start)}${snippet}${text.slice(end)}`;
    edit(next);
    setPicking(false);
    requestAnimationFrame(() => {
      el?.focus();
      const caret = start + snippet.length;
      el?.setSelectionRange(caret, caret);
    });
  };

  const otherDrafting = (live?.viewers ?? []).filter((v) => v.drafting).map((v) => v.name);
  const label = approval ? "Submit for approval" : failure || status === "FAILED" ? "Retry send" : "Send reply";

  return (
    <section aria-labelledby="composer-title" className="grid gap-3 rounded-lg border bg-card p-4 shadow-xs">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="composer-title" className="text-base font-semibold">
          Reply
        </h2>
        <label className="flex items-center gap-2 text-sm text-muted-foreground">
          Replying to
          <select
            className="h-8 max-w-64 rounded-md border border-input bg-card px-2 text-sm text-foreground"
            value={replyTo}
            disabled={!editable}
            onChange={(e) => {
              setReplyTo(e.target.value);
              schedule();
            }}
          >
            {replyTargets.map((t) => (
              <option key={t.xId} value={t.xId}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
      </div>

      <DraftBanner status={status} failure={failure} decision={decision} />
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {otherDrafting.length > 0 && editable && (
        <p className="flex items-center gap-1.5 text-xs text-warning" data-testid="also-drafting">
          <Clock className="size-3.5" aria-hidden /> {otherDrafting.join(", ")} {otherDrafting.length === 1 ? "is" : "are"} also drafting a reply here.
        </p>
      )}
      {collision && <CollisionWarning collision={collision} busy={sending} onSend={() => submit(true)} onDismiss={() => setCollision(null)} />}

      <div className="relative">
        {picking && <SavedReplyPicker replies={savedReplies} variables={variables} onPick={insert} onClose={() => setPicking(false)} />}
        <label htmlFor={COMPOSER_ID} className="sr-only">
          Reply text
        </label>
        <Textarea
          ref={field}
          id={COMPOSER_ID}
          rows={4}
          value={text}
          disabled={!editable}
          placeholder="Write a reply… (type / for saved replies)"
          aria-describedby="reply-counter"
          className="min-h-28 resize-y text-[0.95rem]"
          onChange={(e) => edit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
              e.preventDefault();
              submit(collision !== null);
            } else if (e.key === "/" && text.trim() === "") {
              e.preventDefault();
              setPicking(true);
            }
          }}
        />
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" size="sm" onClick={() => setPicking((p) => !p)} disabled={!editable} aria-haspopup="dialog" aria-expanded={picking}>
          <MessageSquareText aria-hidden /> Saved replies
        </Button>
        {approvalRule === "FLAGGED" && (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={flagged}
              disabled={!editable}
              onChange={(e) => {
                setFlagged(e.target.checked);
                schedule();
              }}
            />
            Needs approval
          </label>
        )}
        <span className="text-xs text-muted-foreground" aria-live="polite" data-testid="save-state">
          {saveState === "saving" ? "Saving…" : saveState === "saved" ? "Draft saved" : saveState === "error" ? "Not saved" : ""}
        </span>
        <div className="ml-auto flex items-center gap-3">
          <ReplyCounter length={length} id="reply-counter" />
          {status === "AWAITING_APPROVAL" ? (
            <Button type="button" variant="secondary" onClick={withdraw} disabled={sending}>
              <Undo2 aria-hidden /> Withdraw to edit
            </Button>
          ) : (
            <Button type="button" onClick={() => submit(false)} disabled={!editable || !length.valid || sending} aria-keyshortcuts="Control+Enter Meta+Enter">
              {approval ? <CircleCheck aria-hidden /> : <Send aria-hidden />}
              {sending ? (approval ? "Submitting…" : "Sending…") : label}
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
