import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAuthorHistory } from "@/lib/conversations/get-author-history";
import { getLiveState } from "@/lib/conversations/get-live-state";
import { getThread } from "@/lib/conversations/get-thread";
import { repostPost } from "@/lib/conversations/repost-post";
import { db } from "@/lib/db";
import { addNote } from "@/lib/notes/add-note";
import { countUnreadMentions } from "@/lib/notes/count-unread-mentions";
import { listNotes } from "@/lib/notes/list-notes";
import { markMentionsRead } from "@/lib/notes/mark-mentions-read";
import { listPresence } from "@/lib/presence/list-presence";
import { recordPresence } from "@/lib/presence/record-presence";
import { createSavedReply } from "@/lib/saved-replies/create-saved-reply";
import { deleteSavedReply } from "@/lib/saved-replies/delete-saved-reply";
import { listSavedReplies } from "@/lib/saved-replies/list-saved-replies";
import type { SimulatorHandle } from "../../../x-sim/src/server";
import { actorFor } from "../../factories/actor-for";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { createThread } from "../../factories/create-thread";
import { createdBy, draftFor, startSim } from "./harness";

let sim: SimulatorHandle;
let tenant: TestTenant;

beforeAll(async () => {
  sim = await startSim();
  tenant = await createTenant("conv");
});
afterAll(async () => {
  await sim.close();
});

describe("a conversation", () => {
  it("reads the thread in order with the author's earlier conversations", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url, history: true });
    const staff = await actorFor(tenant.users.staffA);
    const view = await getThread(staff, thread.conversationId);
    expect(view.thread.map((n) => [n.post.xId, n.depth])).toEqual([
      [thread.root.xId, 0],
      [thread.followUp.xId, 1],
    ]);
    expect(view.defaultReplyTo).toBe(thread.followUp.xId);
    expect(view.canAct).toBe(true);
    const history = await getAuthorHistory(staff, thread.conversationId);
    expect(history.profile).toMatchObject({ username: thread.person.username, followersCount: 1234 });
    expect(history.past).toEqual([expect.objectContaining({ id: thread.pastConversationId, outcome: "Answered and closed" })]);
  });

  it("reposts a post of the thread as the client's account", async () => {
    const thread = await createThread(tenant, { simUrl: sim.url });
    const staff = await actorFor(tenant.users.staffA);
    expect(await repostPost(staff, { postId: thread.root.id })).toEqual({ reposted: true });
    const created = await createdBy(sim, thread.brand.username);
    expect(created).toEqual([expect.objectContaining({ kind: "repost" })]);
    const view = await getThread(staff, thread.conversationId);
    expect(view.thread.find((n) => n.post.id === thread.root.id)?.post.reposted).toBe(true);
  });

  it("notes mention teammates: note_mentions, a notification, an unread count that opening clears", async () => {
    const thread = await createThread(tenant);
    const staff = await actorFor(tenant.users.staffA);
    const manager = await actorFor(tenant.users.manager);
    const viewer = await actorFor(tenant.users.viewerA);
    const before = await countUnreadMentions(manager);
    const { mentioned } = await addNote(staff, { conversationId: thread.conversationId, body: `@${manager.name} can we refund this? cc @${viewer.name} @${staff.name}` });
    // Client viewers never see notes, and mentioning yourself notifies nobody.
    expect(mentioned).toEqual([manager.userId]);
    expect(await countUnreadMentions(manager)).toBe(before + 1);
    expect(await db.notification.count({ where: { userId: manager.userId, kind: "note.mention", readAt: null } })).toBeGreaterThan(0);
    expect((await listNotes(manager, thread.conversationId)).map((n) => n.mentions.map((m) => m.name))).toEqual([[manager.name]]);
    expect(await markMentionsRead(manager, thread.conversationId)).toBe(1);
    expect(await countUnreadMentions(manager)).toBe(before);
  });

  it("shows who else is viewing or drafting, and forgets them when they leave or go quiet", async () => {
    const thread = await createThread(tenant);
    const sam = await actorFor(tenant.users.staffA);
    const tess = await actorFor(tenant.users.staffAll);
    await recordPresence(sam, { conversationId: thread.conversationId });
    await recordPresence(tess, { conversationId: thread.conversationId, drafting: true });
    expect((await getLiveState(sam, thread.conversationId, null)).viewers).toEqual([expect.objectContaining({ name: tess.name, drafting: true })]);
    expect((await listPresence(thread.conversationId, tess.userId)).map((v) => v.name)).toEqual([sam.name]);
    expect(await listPresence(thread.conversationId, sam.userId, new Date(Date.now() + 60_000))).toEqual([]);
    await recordPresence(tess, { conversationId: thread.conversationId, leaving: true });
    expect(await listPresence(thread.conversationId, sam.userId)).toEqual([]);
  });

  it("the live state carries the composer's draft status", async () => {
    const thread = await createThread(tenant);
    const staff = await actorFor(tenant.users.staffA);
    const { draftId } = await draftFor(staff, thread, "Work in progress");
    const live = await getLiveState(staff, thread.conversationId, draftId);
    expect(live.draft).toMatchObject({ id: draftId, status: "DRAFT" });
    expect(live.conversation).toMatchObject({ status: "OPEN", postCount: 2, noteCount: 0, ownReplyCount: 0 });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: thread.conversationId } })).hasDraft).toBe(true);
  });
});

describe("saved replies", () => {
  it("agency-wide ones reach every client, client ones only that client's people", async () => {
    const local = await createTenant("saved");
    const manager = await actorFor(local.users.manager);
    const everywhere = await createSavedReply(manager, { title: "Thanks", body: "Thanks {{name}}!" });
    const onlyB = await createSavedReply(manager, { title: "B refund", body: "Refund for {{handle}}", clientId: local.clients.b.id });
    const staffA = await actorFor(local.users.staffA);
    expect((await listSavedReplies(staffA)).map((s) => s.id)).toEqual([everywhere.id]);
    expect((await listSavedReplies(staffA, { clientId: local.clients.a.id })).map((s) => s.id)).toEqual([everywhere.id]);
    expect((await listSavedReplies(manager, { clientId: local.clients.b.id })).map((s) => s.id).sort()).toEqual([everywhere.id, onlyB.id].sort());
    await deleteSavedReply(manager, { id: onlyB.id });
    expect((await listSavedReplies(manager)).map((s) => s.id)).toEqual([everywhere.id]);
  });
});

describe("the audit log", () => {
  it("pages newest first by keyset, without gaps or repeats while entries arrive", async () => {
    const local = await createTenant("audit");
    const admin = await actorFor(local.users.admin);
    const clientId = local.clients.a.id;
    for (let i = 0; i < 7; i++) await recordAudit(db, admin, { action: "test.entry", targetType: "test", targetId: String(i), clientId });
    const first = await listAuditLog(admin, { clientId, limit: 3 });
    expect(first.entries.map((e) => e.targetId)).toEqual(["6", "5", "4"]);
    await recordAudit(db, admin, { action: "test.entry", targetType: "test", targetId: "new", clientId });
    const second = await listAuditLog(admin, { clientId, limit: 3, cursor: first.nextCursor });
    const third = await listAuditLog(admin, { clientId, limit: 3, cursor: second.nextCursor });
    expect([...second.entries, ...third.entries].map((e) => e.targetId)).toEqual(["3", "2", "1", "0"]);
    expect(third.nextCursor).toBeNull();
    expect(first.entries[0]?.actorName).toBe(admin.name);
  });
});
