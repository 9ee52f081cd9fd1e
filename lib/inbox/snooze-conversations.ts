import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { inTransaction } from "./in-transaction";
import { conversationIdsSchema, lockConversations } from "./lock-conversations";
import { SNOOZE_PRESETS, snoozeUntil } from "./snooze-until";
import { parseInput } from "./parse-input";

const MAX_SNOOZE_MS = 366 * 86_400_000;

export const snoozeConversationsSchema = z.object({
  conversationIds: conversationIdsSchema,
  /** A preset is judged in each conversation's client's time zone; `until` is one instant for all. */
  when: z.union([z.object({ preset: z.enum(SNOOZE_PRESETS) }), z.object({ until: z.coerce.date() })]),
});

/**
 * Snoozes conversations until a time: they leave "open" and come back on their own when it passes (the list
 * counts an expired snooze as open, so no job has to run first). All or nothing.
 */
export async function snoozeConversations(
  actor: Actor,
  input: z.input<typeof snoozeConversationsSchema>,
  options: { tx?: DbClient; now?: Date } = {},
): Promise<{ changed: number; snoozed: { id: string; until: string }[] }> {
  const { conversationIds, when } = parseInput(snoozeConversationsSchema, input);
  const now = options.now ?? new Date();
  if ("until" in when && (when.until.getTime() <= now.getTime() || when.until.getTime() - now.getTime() > MAX_SNOOZE_MS)) {
    throw new AppError("validation", "Pick a time in the future, within a year.", { fieldErrors: { until: ["Pick a time in the future, within a year."] } });
  }
  return inTransaction(options.tx, async (tx) => {
    const rows = await lockConversations(tx, actor, conversationIds);
    // Conversations of clients in the same time zone wake together: one update per distinct time.
    const byUntil = new Map<number, typeof rows>();
    for (const row of rows) {
      const until = "until" in when ? when.until : snoozeUntil(when.preset, now, row.client_timezone);
      byUntil.set(until.getTime(), [...(byUntil.get(until.getTime()) ?? []), row]);
    }
    for (const [until, group] of byUntil) {
      await tx.conversation.updateMany({ where: { id: { in: group.map((r) => r.id) } }, data: { status: "SNOOZED", snoozedUntil: new Date(until), doneAt: null } });
      for (const row of group) {
        await recordAudit(tx, actor, {
          action: "conversation.status_changed",
          targetType: "conversation",
          targetId: row.id,
          clientId: row.client_id,
          data: { from: row.status, to: "SNOOZED", reason: "snoozed", until: new Date(until).toISOString() },
        });
      }
    }
    return { changed: rows.length, snoozed: [...byUntil].flatMap(([until, group]) => group.map((row) => ({ id: row.id, until: new Date(until).toISOString() }))) };
  });
}
