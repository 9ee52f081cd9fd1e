import type { ApprovalRule, DraftStatus, SendState } from "@/lib/db/generated/enums";

// The pure half of sending exactly once. A draft moves DRAFT → (AWAITING_APPROVAL → APPROVED) → SENDING →
// SENT | FAILED; its sent_replies row (one per draft) is the ledger that says whether X may already hold
// the post. These functions decide; send-reply.ts does the locking and the calls.

/** How long a call to X may take before a SENDING claim counts as abandoned (the process died mid-call). */
export const ABANDONED_AFTER_MS = 2 * 60_000;

export function needsApproval(rule: ApprovalRule, flagged: boolean): boolean {
  return rule === "EVERY_REPLY" || (rule === "FLAGGED" && flagged);
}

export type Ledger = { state: SendState; lastAttemptAt: Date | null; text: string };

export type ClaimInput = {
  draftStatus: DraftStatus;
  draftText: string;
  ledger: Ledger | null;
  approvalRequired: boolean;
  /** The latest approval decision on this draft, if any. */
  latestDecision: "APPROVED" | "REJECTED" | null;
  now: Date;
};

export type ClaimDecision =
  /** No ledger row yet: insert one, then call X. */
  | { kind: "claim" }
  /** X refused an earlier attempt, so nothing was posted: call X again. */
  | { kind: "retry" }
  /** An earlier attempt may have posted (timeout, crash): read the account's posts before anything else. */
  | { kind: "reconcile" }
  /** Someone else is calling X for this draft right now. */
  | { kind: "in_progress" }
  | { kind: "already_sent" }
  | { kind: "refuse"; reason: "awaiting_approval" | "needs_approval" | "rejected" | "empty" };

/**
 * What a send attempt may do, given the draft and its ledger row, read under the draft's row lock.
 * The ledger is checked first: whatever the draft says, a SENT or in-flight row must never be posted again.
 */
export function decideClaim(input: ClaimInput): ClaimDecision {
  const { ledger } = input;
  if (ledger?.state === "SENT" || input.draftStatus === "SENT") return { kind: "already_sent" };
  if (ledger?.state === "UNKNOWN") return { kind: "reconcile" };
  if (ledger?.state === "SENDING") {
    const startedAt = ledger.lastAttemptAt?.getTime() ?? 0;
    return input.now.getTime() - startedAt > ABANDONED_AFTER_MS ? { kind: "reconcile" } : { kind: "in_progress" };
  }
  if (input.draftStatus === "AWAITING_APPROVAL") return { kind: "refuse", reason: "awaiting_approval" };
  if (input.draftStatus === "REJECTED") return { kind: "refuse", reason: "rejected" };
  if (input.draftText.trim() === "") return { kind: "refuse", reason: "empty" };
  if (input.approvalRequired && !isApproved(input)) return { kind: "refuse", reason: "needs_approval" };
  return ledger ? { kind: "retry" } : { kind: "claim" };
}

/**
 * Approved means: the draft sits in APPROVED, or it was approved and then failed at X with the very text
 * that was approved (the ledger keeps the attempted text). Editing the text after approval needs a new one.
 */
export function isApproved(input: Pick<ClaimInput, "draftStatus" | "draftText" | "ledger" | "latestDecision">): boolean {
  if (input.draftStatus === "APPROVED") return true;
  return input.latestDecision === "APPROVED" && input.ledger !== null && input.ledger.text === input.draftText;
}

/** Statuses in which the author may still change the text. */
export const EDITABLE_STATUSES: readonly DraftStatus[] = ["DRAFT", "REJECTED", "FAILED"];

/** Statuses of a draft still on its way out: the conversation "has a draft". */
export const OPEN_DRAFT_STATUSES: readonly DraftStatus[] = ["DRAFT", "AWAITING_APPROVAL", "APPROVED", "REJECTED", "SENDING", "FAILED"];
