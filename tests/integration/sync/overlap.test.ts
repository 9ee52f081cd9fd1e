import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { compareXIds } from "@/lib/sync/snowflake";
import { createTenant } from "../../factories/create-tenant";
import { connectSimAccount, FAST, makeDue, startSim, storedInbound, syncAll, truthInbound, type Sim, type SimAccount } from "./harness";

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

type SimPost = { post: { id: string; createdAt: string } };

describe("the overlap window", () => {
  it("picks up a mention X indexed late (older than the cursor, visible only after the last poll) on the next poll", async () => {
    const tenant = await createTenant("overlap");
    const owner = { agencyId: tenant.agencyId, clientId: tenant.clients.a.id };
    // Two accounts, polled alike, one without the overlap: it shows what the window is for.
    const accounts: Array<{ account: SimAccount; overlapMs: number }> = [
      { account: await connectSimAccount(sim, owner), overlapMs: FAST.overlapMs ?? 2_000 },
      { account: await connectSimAccount(sim, owner), overlapMs: 0 },
    ];
    const late = new Map<string, string>();
    for (const { account, overlapMs } of accounts) {
      const first = await sim.control<SimPost>("POST", "/_sim/mentions", { to: account.username, text: "is the shop open today?" });
      await syncAll([account.accountId], { ...FAST, overlapMs });
      const cursor = await db.syncCursor.findUniqueOrThrow({ where: { accountId_endpoint: { accountId: account.accountId, endpoint: "mentions" } } });
      expect(cursor.sinceId).toBe(first.post.id);

      // X serves, after that poll, a mention made a second before the newest one we saw (pitfall 2):
      // its id sorts below the cursor.
      const at = new Date(first.post.createdAt).getTime() - 1_000;
      const lagging = await sim.control<SimPost>("POST", "/_sim/mentions", { to: account.username, text: "hello? anyone there?", at });
      expect(compareXIds(lagging.post.id, first.post.id)).toBeLessThan(0);
      late.set(account.accountId, lagging.post.id);
      await makeDue([account.accountId]);
      await syncAll([account.accountId], { ...FAST, overlapMs });
    }

    const [withOverlap, withoutOverlap] = accounts.map((a) => a.account);
    if (!withOverlap || !withoutOverlap) throw new Error("two accounts expected");
    const truth = await truthInbound(sim, withOverlap.username);
    expect(truth).toHaveLength(2);
    expect(await storedInbound(withOverlap.accountId)).toEqual(truth);
    expect(await storedInbound(withOverlap.accountId)).toContain(late.get(withOverlap.accountId));
    // Without the window, a since_id poll never sees it.
    expect(await storedInbound(withoutOverlap.accountId)).not.toContain(late.get(withoutOverlap.accountId));
    expect(await truthInbound(sim, withoutOverlap.username)).toHaveLength(2);
  });
});
