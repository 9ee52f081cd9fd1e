import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncAccount } from "@/lib/sync";
import { createTenant } from "../../factories/create-tenant";
import { bulkMentions, connectSimAccount, FAST, makeDue, requestsOf, startSim, storedInbound, truthInbound, type Sim } from "./harness";

const MENTIONS = "GET /2/users/:id/mentions";

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

describe("one account, several runs at the same moment", () => {
  it("exactly one run does the work; the others report busy without calling X; the result equals the ground truth", async () => {
    const tenant = await createTenant("same-moment");
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    await bulkMentions(sim, a.username, 150);
    // X answers the first mentions call slowly, so the winner surely still holds the account when the
    // others ask for it (each run is a separate Postgres session, as separate workers would be).
    await sim.control("POST", "/_sim/faults", { endpoint: MENTIONS, kind: "slow", delayMs: 700, count: 1 });

    const results = await Promise.all(Array.from({ length: 4 }, () => syncAccount(a.accountId, FAST)));
    expect(results.filter((r) => r.status === "busy")).toHaveLength(3);
    const [done] = results.filter((r) => r.status === "done");
    expect(done).toMatchObject({ status: "done", newItems: 150, failed: false });

    // Only the winner read the mentions: ceil(150/100) calls, not four times that.
    expect((await requestsOf(sim, a.username))[MENTIONS]).toBe(2);
    const truth = await truthInbound(sim, a.username);
    expect(truth).toHaveLength(150);
    expect(await storedInbound(a.accountId)).toEqual(truth);

    // The lock went with the run: the next one is not busy.
    await bulkMentions(sim, a.username, 5, { spreadMs: 5 });
    await makeDue([a.accountId]);
    expect(await syncAccount(a.accountId, FAST)).toMatchObject({ status: "done", newItems: 5 });
    expect(await storedInbound(a.accountId)).toEqual(await truthInbound(sim, a.username));
  });
});
