import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveDraft } from "@/lib/replies/approve-draft";
import { listPendingApprovals } from "@/lib/replies/list-pending-approvals";
import { rejectDraft } from "@/lib/replies/reject-draft";
import { saveDraft } from "@/lib/replies/save-draft";
import { sendReply } from "@/lib/replies/send-reply";
import { submitReply } from "@/lib/replies/submit-reply";
import { withdrawDraft } from "@/lib/replies/withdraw-draft";
import type { SimulatorHandle } from "../../../x-sim/src/server";
import { actorFor } from "../../factories/actor-for";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { createThread } from "../../factories/create-thread";
import { createdBy, draftFor, draftRow, failureOf, startSim } from "./harness";

let sim: SimulatorHandle;
let tenant: TestTenant;
const openedAt = () => new Date(Date.now() - 60 * 60_000);

beforeAll(async () => {
  sim = await startSim();
  tenant = await createTenant("approve");
});
afterAll(async () => {
  await sim.close();
});

const conversationStatus = async (id: string) => (await db.conversation.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("approval rules", () => {
  it("NONE sends straight away", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url, approvalRule: "NONE" });
    const staff = await actorFor(tenant.users.staffA);
    const { draftId, version } = await draftFor(staff, thread, "Straight out");
    expect(await submitReply(staff, { draftId, version, openedAt: openedAt() })).toMatchObject({ status: "sent" });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(1);
  });

  it("EVERY_REPLY waits for an account manager, who approves and thereby sends", async () => {
    const local = await createTenant("every");
    const thread = await createThread(local, { simUrl: sim.url, approvalRule: "EVERY_REPLY" });
    const staff = await actorFor(local.users.staffA);
    const manager = await actorFor(local.users.manager);
    const { draftId, version } = await draftFor(staff, thread, "Needs a second look");
    expect(await submitReply(staff, { draftId, version, openedAt: openedAt() })).toEqual({ status: "awaiting_approval" });
    expect(await draftRow(draftId)).toMatchObject({ status: "AWAITING_APPROVAL" });
    expect(await conversationStatus(thread.conversationId)).toBe("PENDING");
    // Staff cannot push it out past the approval.
    expect(await failureOf(() => sendReply(staff, { draftId }))).toMatchObject({ code: "conflict" });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(0);

    const pending = await listPendingApprovals(manager);
    expect(pending.map((p) => p.draftId)).toEqual([draftId]);
    expect(pending[0]).toMatchObject({ text: "Needs a second look", authorName: staff.name, inReplyTo: { username: thread.person.username } });
    expect(await listPendingApprovals(staff)).toEqual([]);

    const outcome = await approveDraft(manager, { draftId });
    expect(outcome).toMatchObject({ sent: { status: "sent" }, sendError: null });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(1);
    expect(await draftRow(draftId)).toMatchObject({ status: "SENT" });
    expect(await conversationStatus(thread.conversationId)).toBe("DONE");
    const note = await db.notification.findFirst({ where: { userId: staff.userId, kind: "reply.approved" } });
    expect(note?.data).toMatchObject({ draftId, by: manager.name });
    // Deciding twice is refused, and never posts twice.
    expect(await failureOf(() => approveDraft(manager, { draftId }))).toMatchObject({ code: "conflict" });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(1);
  });

  it("FLAGGED waits only for flagged replies; the client's viewer approves their own client's", async () => {
    const local = await createTenant("flagged");
    const thread = await createThread(local, { simUrl: sim.url, approvalRule: "FLAGGED" });
    const staff = await actorFor(local.users.staffA);
    const viewer = await actorFor(local.users.viewerA);
    const plain = await draftFor(staff, thread, "Unflagged goes out");
    expect(await submitReply(staff, { draftId: plain.draftId, version: plain.version, openedAt: openedAt() })).toMatchObject({ status: "sent" });

    const flagged = await saveDraft(staff, { conversationId: thread.conversationId, text: "Flagged waits", flagged: true, inReplyToXId: thread.followUp.xId });
    expect(await submitReply(staff, { draftId: flagged.draftId, version: flagged.version, openedAt: openedAt(), confirmCollision: true })).toEqual({ status: "awaiting_approval" });
    expect((await listPendingApprovals(viewer)).map((p) => p.draftId)).toEqual([flagged.draftId]);
    expect(await approveDraft(viewer, { draftId: flagged.draftId, comment: "Fine by us" })).toMatchObject({ sent: { status: "sent" } });
    expect((await createdBy(sim, thread.brand.username)).map((p) => p.text).sort()).toEqual(["Flagged waits", "Unflagged goes out"]);
    const approval = await db.approval.findFirstOrThrow({ where: { draftId: flagged.draftId } });
    expect(approval).toMatchObject({ decision: "APPROVED", decidedById: viewer.userId, comment: "Fine by us" });
  });

  it("a viewer of another client, and staff, cannot approve: not found", async () => {
    const local = await createTenant("foreign");
    const thread = await createThread(local, { simUrl: sim.url, approvalRule: "EVERY_REPLY", client: "b" });
    const staff = await actorFor(local.users.staffAll);
    const { draftId, version } = await draftFor(staff, thread, "Client B reply");
    await submitReply(staff, { draftId, version, openedAt: openedAt() });
    const viewerOfA = await actorFor(local.users.viewerA);
    const staffA = await actorFor(local.users.staffA);
    const otherAgencyAdmin = await actorFor((await createTenant("stranger")).users.admin);
    for (const actor of [viewerOfA, staffA, otherAgencyAdmin]) {
      expect(await failureOf(() => approveDraft(actor, { draftId }))).toMatchObject({ code: "not_found" });
      expect(await failureOf(() => rejectDraft(actor, { draftId, comment: "no" }))).toMatchObject({ code: "not_found" });
    }
    expect(await listPendingApprovals(viewerOfA)).toEqual([]);
    // Nobody approves their own reply.
    const manager = await actorFor(local.users.manager);
    const own = await saveDraft(manager, { conversationId: thread.conversationId, text: "Manager's own", inReplyToXId: thread.followUp.xId });
    await submitReply(manager, { draftId: own.draftId, version: own.version, openedAt: openedAt() });
    expect(await failureOf(() => approveDraft(manager, { draftId: own.draftId }))).toMatchObject({ code: "forbidden" });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(0);
  });

  it("rejection keeps the draft, tells the author why, and the reworked reply can be resubmitted", async () => {
    const local = await createTenant("reject");
    const thread = await createThread(local, { simUrl: sim.url, approvalRule: "EVERY_REPLY" });
    const staff = await actorFor(local.users.staffA);
    const viewer = await actorFor(local.users.viewerA);
    const { draftId, version } = await draftFor(staff, thread, "lol our bad");
    await submitReply(staff, { draftId, version, openedAt: openedAt() });
    expect(await failureOf(() => rejectDraft(viewer, { draftId, comment: "" }))).toMatchObject({ code: undefined });
    await rejectDraft(viewer, { draftId, comment: "Too casual: apologise properly." });

    expect(await draftRow(draftId)).toMatchObject({ status: "REJECTED", text: "lol our bad" });
    expect(await conversationStatus(thread.conversationId)).toBe("OPEN");
    const note = await db.notification.findFirst({ where: { userId: staff.userId, kind: "reply.rejected" } });
    expect(note?.data).toMatchObject({ comment: "Too casual: apologise properly." });
    expect(await createdBy(sim, thread.brand.username)).toHaveLength(0);
    const audit = await db.auditLog.findMany({ where: { clientId: thread.clientId, action: { startsWith: "reply." } }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["reply.submitted_for_approval", "reply.rejected"]);

    const current = await draftRow(draftId);
    const edited = await saveDraft(staff, { conversationId: thread.conversationId, draftId, version: current.version, text: "We are sorry, Jamie.", inReplyToXId: thread.followUp.xId });
    expect(await draftRow(draftId)).toMatchObject({ status: "DRAFT" });
    expect(await submitReply(staff, { draftId, version: edited.version, openedAt: openedAt() })).toEqual({ status: "awaiting_approval" });
    // The author may also take it back to edit.
    await withdrawDraft(staff, { draftId });
    expect(await draftRow(draftId)).toMatchObject({ status: "DRAFT" });
    expect(await conversationStatus(thread.conversationId)).toBe("OPEN");
  });

  it("an approved reply X refuses keeps the approval and reports the failure to the approver", async () => {
    const local = await createTenant("refused");
    const thread = await createThread(local, { simUrl: sim.url, approvalRule: "EVERY_REPLY", summoned: false });
    const staff = await actorFor(local.users.staffA);
    const manager = await actorFor(local.users.manager);
    const { draftId, version } = await draftFor(staff, thread, "Unsolicited help");
    await submitReply(staff, { draftId, version, openedAt: openedAt() });
    const outcome = await approveDraft(manager, { draftId });
    expect(outcome.sent).toBeNull();
    expect(outcome.sendError).toContain("since February 2026");
    expect(await draftRow(draftId)).toMatchObject({ status: "FAILED", failureCode: "reply_not_allowed", text: "Unsolicited help" });
  });
});
