import { beforeAll, describe, expect, it } from "vitest";
import { countInbox } from "@/lib/inbox/count-inbox";
import { listAssignees } from "@/lib/inbox/list-assignees";
import { listInbox } from "@/lib/inbox/list-inbox";
import { listTags } from "@/lib/inbox/list-tags";
import { markConversationsDone } from "@/lib/inbox/mark-conversations-done";
import { reopenConversations } from "@/lib/inbox/reopen-conversations";
import { actorFor } from "../../factories/actor-for";
import { createConversations, type CreatedConversation } from "../../factories/create-conversations";
import { createTenant, type TestTenant } from "../../factories/create-tenant";
import { outcome } from "./helpers";

let tenant: TestTenant;
let other: TestTenant;
let onA: CreatedConversation;
let onB: CreatedConversation;
let foreign: CreatedConversation;

beforeAll(async () => {
  [tenant, other] = await Promise.all([createTenant("inbox-perm"), createTenant("inbox-perm-other")]);
  [onA, onB] = (await createConversations(tenant, [{ client: "a", text: "for client A" }, { client: "b", text: "for client B" }])) as [CreatedConversation, CreatedConversation];
  [foreign] = (await createConversations(other, [{ client: "a", text: "another agency" }])) as [CreatedConversation];
});

describe("who sees and acts on which conversations", () => {
  const visible = { admin: ["a", "b"], manager: ["a", "b"], staffA: ["a"], staffAll: ["a", "b"] } as const;
  for (const [role, clients] of Object.entries(visible)) {
    it(`${role} reads exactly the conversations of clients ${clients.join(", ")}`, async () => {
      const actor = await actorFor(tenant.users[role as keyof typeof visible]);
      const ids = (await listInbox(actor, { filters: { status: "all" } })).rows.map((r) => r.id).sort();
      expect(ids).toEqual(clients.map((c) => (c === "a" ? onA.id : onB.id)).sort());
      expect(ids).not.toContain(foreign.id);
    });
  }

  it("staff not assigned to a client get nothing of it, even by naming it", async () => {
    const staffA = await actorFor(tenant.users.staffA);
    expect((await listInbox(staffA, { filters: { client: tenant.clients.b.id } })).rows).toEqual([]);
    expect(await countInbox(staffA, { client: tenant.clients.b.id })).toEqual({ open: 0, pending: 0, snoozed: 0, done: 0 });
    expect((await listInbox(staffA, { filters: { q: "client B" } })).rows).toEqual([]);
    expect(await outcome(() => markConversationsDone(staffA, { conversationIds: [onB.id] }))).toBe("not_found");
    expect(await outcome(() => reopenConversations(staffA, { conversationIds: [onB.id] }))).toBe("not_found");
  });

  it("a client viewer gets nothing at all: the inbox does not exist for them", async () => {
    const viewer = await actorFor(tenant.users.viewerA);
    expect(await outcome(() => listInbox(viewer, { filters: {} }))).toBe("not_found");
    expect(await outcome(() => countInbox(viewer, {}))).toBe("not_found");
    expect(await outcome(() => listTags(viewer))).toBe("not_found");
    expect(await outcome(() => listAssignees(viewer))).toBe("not_found");
    expect(await outcome(() => markConversationsDone(viewer, { conversationIds: [onA.id] }))).toBe("not_found");
  });

  it("nobody reads or acts on another agency's conversations", async () => {
    const admin = await actorFor(tenant.users.admin);
    expect(await outcome(() => markConversationsDone(admin, { conversationIds: [foreign.id] }))).toBe("not_found");
    expect((await listInbox(admin, { filters: { client: other.clients.a.id } })).rows).toEqual([]);
  });
});
