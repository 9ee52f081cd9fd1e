import { describe, expect, it } from "vitest";
import { XRateLimitedError, XReplyNotAllowedError, XUpstreamError } from "@/lib/x";
import { AccountUnavailableError } from "@/lib/x-accounts/errors";
import { findPostedReply, normalizeReplyText } from "./reconcile-match";
import { describeSendFailure } from "./send-failure";
import { ABANDONED_AFTER_MS, decideClaim, needsApproval, type ClaimInput } from "./send-machine";

const now = new Date("2026-11-26T12:00:00Z");
const base: ClaimInput = { draftStatus: "DRAFT", draftText: "Hi!", ledger: null, approvalRequired: false, latestDecision: null, now };
const ledger = (state: "SENDING" | "SENT" | "FAILED" | "UNKNOWN", msAgo = 0, text = "Hi!") => ({ state, lastAttemptAt: new Date(now.getTime() - msAgo), text });

describe("needsApproval", () => {
  it("follows the client's rule", () => {
    expect(needsApproval("NONE", true)).toBe(false);
    expect(needsApproval("EVERY_REPLY", false)).toBe(true);
    expect(needsApproval("FLAGGED", false)).toBe(false);
    expect(needsApproval("FLAGGED", true)).toBe(true);
  });
});

describe("decideClaim", () => {
  it("claims a fresh draft", () => {
    expect(decideClaim(base)).toEqual({ kind: "claim" });
  });

  it("never sends again once the ledger says SENT, whatever the draft says", () => {
    expect(decideClaim({ ...base, ledger: ledger("SENT") })).toEqual({ kind: "already_sent" });
    expect(decideClaim({ ...base, draftStatus: "SENT" })).toEqual({ kind: "already_sent" });
    expect(decideClaim({ ...base, draftStatus: "DRAFT", ledger: ledger("SENT") })).toEqual({ kind: "already_sent" });
  });

  it("waits for an attempt in flight, and reconciles one that was abandoned", () => {
    expect(decideClaim({ ...base, draftStatus: "SENDING", ledger: ledger("SENDING", 1000) })).toEqual({ kind: "in_progress" });
    expect(decideClaim({ ...base, draftStatus: "SENDING", ledger: ledger("SENDING", ABANDONED_AFTER_MS + 1) })).toEqual({ kind: "reconcile" });
  });

  it("reconciles an unknown outcome before any retry", () => {
    expect(decideClaim({ ...base, draftStatus: "FAILED", ledger: ledger("UNKNOWN") })).toEqual({ kind: "reconcile" });
    // Even when the author edited the text since: the old text may be on X.
    expect(decideClaim({ ...base, draftText: "Edited", ledger: ledger("UNKNOWN") })).toEqual({ kind: "reconcile" });
  });

  it("retries when X refused (nothing was posted)", () => {
    expect(decideClaim({ ...base, draftStatus: "FAILED", ledger: ledger("FAILED") })).toEqual({ kind: "retry" });
  });

  it("refuses drafts that wait for approval, were rejected, or are empty", () => {
    expect(decideClaim({ ...base, draftStatus: "AWAITING_APPROVAL", approvalRequired: true })).toEqual({ kind: "refuse", reason: "awaiting_approval" });
    expect(decideClaim({ ...base, draftStatus: "REJECTED" })).toEqual({ kind: "refuse", reason: "rejected" });
    expect(decideClaim({ ...base, draftText: "  " })).toEqual({ kind: "refuse", reason: "empty" });
  });

  it("needs an approval that covers the exact text", () => {
    expect(decideClaim({ ...base, approvalRequired: true })).toEqual({ kind: "refuse", reason: "needs_approval" });
    expect(decideClaim({ ...base, draftStatus: "APPROVED", approvalRequired: true })).toEqual({ kind: "claim" });
    // Approved, then X refused (rate limit): a retry of the same text needs no second approval…
    const failed = { ...base, draftStatus: "FAILED" as const, approvalRequired: true, latestDecision: "APPROVED" as const, ledger: ledger("FAILED") };
    expect(decideClaim(failed)).toEqual({ kind: "retry" });
    // …but edited text does.
    expect(decideClaim({ ...failed, draftStatus: "DRAFT", draftText: "Changed" })).toEqual({ kind: "refuse", reason: "needs_approval" });
  });
});

describe("describeSendFailure", () => {
  const context = { account: "@acme", now, afterPost: true };

  it("explains the 2026 reply rule and keeps the outcome definite", () => {
    const failure = describeSendFailure(new XReplyNotAllowedError("403", "POST /2/tweets", 403), context);
    expect(failure).toMatchObject({ code: "reply_not_allowed", definite: true });
    expect(failure.message).toContain("mentioned @acme");
  });

  it("says when a rate-limited reply can be retried", () => {
    const failure = describeSendFailure(new XRateLimitedError("POST /2/tweets", new Date(now.getTime() + 5 * 60_000), "15m"), context);
    expect(failure).toMatchObject({ code: "rate_limited", retryAfterSeconds: 300, definite: true });
    expect(failure.message).toContain("12:05 UTC");
  });

  it("asks for a reconnection when the account is unavailable", () => {
    expect(describeSendFailure(new AccountUnavailableError("a", "NEEDS_RECONNECT", "x"), context).code).toBe("account_unavailable");
  });

  it("treats timeouts and unknown errors as maybe-posted", () => {
    expect(describeSendFailure(new XUpstreamError("timeout", "POST /2/tweets", 0), context)).toMatchObject({ code: "outcome_unknown", definite: false });
    expect(describeSendFailure(new Error("boom"), context)).toMatchObject({ code: "outcome_unknown", definite: false });
    // Before the POST left, nothing can be on X.
    expect(describeSendFailure(new XUpstreamError("timeout", "POST /2/oauth2/token", 0), { ...context, afterPost: false })).toMatchObject({ code: "x_unreachable", definite: true });
  });
});

describe("reconciliation matching", () => {
  it("normalises what X rewrites: t.co links, HTML escapes, whitespace", () => {
    expect(normalizeReplyText(" Fish &amp; chips &lt;3 https://t.co/abc ")).toBe(normalizeReplyText("Fish & chips <3 https://example.com/menu"));
  });

  it("finds our reply by parent and text, skipping posts another draft already claimed", () => {
    const posts = [
      { id: "200", text: "Sorry!", inReplyToPostId: "1", authorId: "9" },
      { id: "300", text: "Sorry!", inReplyToPostId: "1", authorId: "9" },
      { id: "400", text: "Sorry!", inReplyToPostId: "2", authorId: "9" },
      { id: "500", text: "Other", inReplyToPostId: "1", authorId: "9" },
    ];
    const want = { accountXUserId: "9", inReplyToXId: "1", text: "Sorry!" };
    expect(findPostedReply(posts, want)?.id).toBe("200");
    expect(findPostedReply(posts, want, new Set(["200"]))?.id).toBe("300");
    expect(findPostedReply(posts, { ...want, text: "Nope" })).toBeUndefined();
  });
});
