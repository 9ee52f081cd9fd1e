import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { inTransaction } from "./in-transaction";
import { loadAssignees, mayWorkOn } from "./list-assignees";
import { conversationIdsSchema, lockConversations } from "./lock-conversations";
import { parseInput } from "./parse-input";

export const assignConversationsSchema = z.object({
  conversationIds: conversationIdsSchema,
  /** A teammate's user id; null unassigns. */
  assigneeId: z.string().refine(isUuid, "Unknown teammate").nullable(),
});

/**
 * Assigns conversations to a teammate who may work on each one's client (or unassigns them). All or nothing:
 * if the teammate cannot take one of them, none changes and the error says which client is the problem.
 */
export async function assignConversations(
  actor: Actor,
  input: z.input<typeof assignConversationsSchema>,
  options: { tx?: DbClient } = {},
): Promise<{ changed: number }> {
  const { conversationIds, assigneeId } = parseInput(assignConversationsSchema, input);
  return inTransaction(options.tx, async (tx) => {
    const rows = await lockConversations(tx, actor, conversationIds);
    if (assigneeId) {
      const assignee = (await loadAssignees(tx, actor.agencyId)).find((a) => a.id === assigneeId);
      if (!assignee) throw new AppError("validation", "That teammate cannot take conversations.", { fieldErrors: { assigneeId: ["Unknown teammate"] } });
      const blocked = rows.find((row) => !mayWorkOn(assignee, row.client_id));
      if (blocked) {
        const client = await tx.client.findUnique({ where: { id: blocked.client_id }, select: { name: true } });
        throw new AppError("validation", `${assignee.name} does not work on ${client?.name ?? "this client"}. Nothing was assigned.`, {
          fieldErrors: { assigneeId: ["Does not work on every selected client"] },
        });
      }
    }
    const changed = rows.filter((row) => row.assignee_id !== assigneeId);
    if (changed.length === 0) return { changed: 0 };
    await tx.conversation.updateMany({ where: { id: { in: changed.map((r) => r.id) } }, data: { assigneeId } });
    for (const row of changed) {
      await recordAudit(tx, actor, {
        action: "conversation.assigned",
        targetType: "conversation",
        targetId: row.id,
        clientId: row.client_id,
        data: { from: row.assignee_id, to: assigneeId },
      });
    }
    return { changed: changed.length };
  });
}
