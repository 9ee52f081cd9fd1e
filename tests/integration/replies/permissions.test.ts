import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { getAuthorHistory } from "@/lib/conversations/get-author-history";
import { getLiveState } from "@/lib/conversations/get-live-state";
import { getThread } from "@/lib/conversations/get-thread";
import { repostPost } from "@/lib/conversations/repost-post";
import { db } from "@/lib/db";
import { addNote } from "@/lib/notes/add-note";
import { listNotes } from "@/lib/notes/list-notes";
import { recordPresence } from "@/lib/presence/record-presence";
import { saveDraft } from "@/lib/replies/save-draft";
import { sendReply } from "@/lib/replies/send-reply";
import { submitReply } from "@/lib/replies/submit-reply";
import { createSavedReply } from "@/lib/saved-replies/create-saved-reply";
import { actorFor } from "../../factories/actor-for";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { createThread, type TestThread } from "../../factories/create-thread";
import { failureOf } from "./harness";

let tenant: TestTenant;
let threadB: TestThread;
let draftOnB: string;
let staffA: Actor;
let viewerA: Actor;
let outsider: Actor;

beforeAll(async () => {
  tenant = await createTenant("perm");
  threadB = await createThread(tenant, { client: "b" });
  const staffAll = await actorFor(tenant.users.staffAll);
  draftOnB = (await saveDraft(staffAll, { conversationId: threadB.conversationId, text: "B's draft", inReplyToXId: threadB.followUp.xId })).draftId;
  staffA = await actorFor(tenant.users.staffA);
  viewerA = await actorFor(tenant.users.viewerA);
  outsider = await actorFor((await createTenant("outsider")).users.admin);
});

// Everything a page, action or route can do to a conversation, tried by people who must not reach it.
const OPERATIONS: Array<[string, (actor: Actor) => Promise<unknown>]> = [
  ["read the thread", (a) => getThread(a, threadB.conversationId)],
  ["read the author's history", (a) => getAuthorHistory(a, threadB.conversationId)],
  ["read notes", (a) => listNotes(a, threadB.conversationId)],
  ["poll live state", (a) => getLiveState(a, threadB.conversationId, null)],
  ["record presence", (a) => recordPresence(a, { conversationId: threadB.conversationId })],
  ["save a draft", (a) => saveDraft(a, { conversationId: threadB.conversationId, text: "x", inReplyToXId: threadB.followUp.xId })],
  ["send someone's draft", (a) => sendReply(a, { draftId: draftOnB })],
  ["submit someone's draft", (a) => submitReply(a, { draftId: draftOnB, version: 0, openedAt: new Date() })],
  ["add a note", (a) => addNote(a, { conversationId: threadB.conversationId, body: "hi" })],
  ["repost a post", (a) => repostPost(a, { postId: threadB.root.id })],
];

describe("people who may not reach a conversation get not found", () => {
  for (const [name, run] of OPERATIONS) {
    it(`staff not assigned to the client cannot ${name}`, async () => {
      expect(await failureOf(() => run(staffA))).toMatchObject({ code: "not_found" });
    });
  }

  it("client viewers and other agencies cannot either", async () => {
    for (const [, run] of OPERATIONS) {
      expect(await failureOf(() => run(viewerA))).toMatchObject({ code: "not_found" });
      expect(await failureOf(() => run(outsider))).toMatchObject({ code: "not_found" });
    }
  });

  it("a malformed id is not found, not an error", async () => {
    const admin = await actorFor(tenant.users.admin);
    expect(await failureOf(() => getThread(admin, "not-a-uuid"))).toMatchObject({ code: "not_found" });
    expect(await failureOf(() => sendReply(admin, { draftId: "nope" }))).toMatchObject({ code: "not_found" });
  });

  it("nothing was written by the refused attempts", async () => {
    expect(await db.note.count({ where: { conversationId: threadB.conversationId } })).toBe(0);
    expect(await db.presence.count({ where: { conversationId: threadB.conversationId } })).toBe(0);
    expect(await db.draft.count({ where: { conversationId: threadB.conversationId } })).toBe(1);
  });
});

describe("managing saved replies and reading the audit log", () => {
  it("only account managers and admins manage saved replies", async () => {
    expect(await failureOf(() => createSavedReply(staffA, { title: "t", body: "b" }))).toMatchObject({ code: "not_found" });
    expect(await failureOf(() => createSavedReply(viewerA, { title: "t", body: "b" }))).toMatchObject({ code: "not_found" });
    expect(await failureOf(() => createSavedReply(outsider, { title: "t", body: "b", clientId: tenant.clients.a.id }))).toMatchObject({ code: "validation" });
  });

  it("only admins read a client's audit log", async () => {
    const manager = await actorFor(tenant.users.manager);
    for (const actor of [staffA, manager, viewerA]) {
      expect(await failureOf(() => listAuditLog(actor, { clientId: tenant.clients.a.id }))).toMatchObject({ code: "not_found" });
    }
    const admin = await actorFor(tenant.users.admin);
    expect((await listAuditLog(admin, { clientId: tenant.clients.a.id })).entries).toEqual([]);
    expect((await listAuditLog(outsider, { clientId: tenant.clients.a.id })).entries).toEqual([]);
  });
});
