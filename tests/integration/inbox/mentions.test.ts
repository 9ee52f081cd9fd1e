import { describe, expect, it } from "vitest";
import { addNote } from "@/lib/notes/add-note";
import { listUnreadMentions } from "@/lib/notes/list-unread-mentions";
import { markMentionsRead } from "@/lib/notes/mark-mentions-read";
import { actorFor } from "../../factories/actor-for";
import { createConversations } from "../../factories/create-conversations";
import { createTenant } from "../../factories/create-tenant";

// What the inbox's "Mentioned you" strip shows (app/(agency)/inbox/page.tsx reads listUnreadMentions):
// notes that mention the viewer, newest first, each linking to its conversation, until they open it.

describe("unread mentions on /inbox", () => {
  it("lists a teammate's @mention for the person mentioned only, newest first, until they open the conversation", async () => {
    const tenant = await createTenant("inbox-mentions");
    const [admin, staffA, staffAll] = await Promise.all([actorFor(tenant.users.admin), actorFor(tenant.users.staffA), actorFor(tenant.users.staffAll)]);
    const [refund, shipping] = await createConversations(tenant, [{ client: "a", text: "refund please" }, { client: "a", text: "where is my parcel" }]);

    await addNote(admin, { conversationId: refund!.id, body: `@${staffA.name} can you take the refund?` });
    await addNote(admin, { conversationId: shipping!.id, body: `@${staffA.name} @${staffAll.name} courier says delivered` });

    const mine = await listUnreadMentions(staffA, 10);
    expect(mine.map((m) => [m.conversationId, m.by, m.excerpt])).toEqual([
      [shipping!.id, admin.name, `@${staffA.name} @${staffAll.name} courier says delivered`],
      [refund!.id, admin.name, `@${staffA.name} can you take the refund?`],
    ]);
    expect(mine[0]?.clientName).toBe(tenant.clients.a.name);
    expect(await listUnreadMentions(admin, 10)).toEqual([]);

    // Opening the conversation (its page marks them read) takes it off the strip, for that person only.
    await markMentionsRead(staffA, shipping!.id);
    expect((await listUnreadMentions(staffA, 10)).map((m) => m.conversationId)).toEqual([refund!.id]);
    expect((await listUnreadMentions(staffAll, 10)).map((m) => m.conversationId)).toEqual([shipping!.id]);
  });
});
