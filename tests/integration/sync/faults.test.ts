import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../factories/create-tenant";
import { bulkMentions, connectSimAccount, makeDue, startSim, storedInbound, syncAll, truthInbound, type Sim } from "./harness";

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

type RequestView = { total: number; byStatus: Record<string, number> };

async function converged(accounts: ReadonlyArray<{ accountId: string; username: string }>): Promise<boolean> {
  for (const a of accounts) {
    const [stored, truth] = await Promise.all([storedInbound(a.accountId), truthInbound(sim, a.username)]);
    if (stored.length !== truth.length) return false;
  }
  return true;
}

describe("sync under failing X calls", () => {
  it("reaches exactly the ground truth with a fifth of all calls failing (429, 5xx, timeouts, broken bodies)", { timeout: 90_000 }, async () => {
    const tenant = await createTenant("faults");
    const accounts = await Promise.all(Array.from({ length: 8 }, () => connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id })));
    for (const a of accounts) await bulkMentions(sim, a.username, 300);
    await sim.control("DELETE", "/_sim/truth/requests");
    // Six rules of ~3.7% each: about 20% of calls fail one way or another.
    for (const kind of ["429", "500", "503", "slow", "malformed", "truncated"]) {
      await sim.control("POST", "/_sim/faults", { endpoint: "*", kind, probability: 0.037, delayMs: 2_500 });
    }
    try {
      const deadline = Date.now() + 60_000;
      for (let round = 0; !(await converged(accounts)); round++) {
        if (Date.now() > deadline) throw new Error(`not converged after ${round} rounds`);
        await makeDue(accounts.map((a) => a.accountId));
        const results = await syncAll(accounts.map((a) => a.accountId));
        if (process.env.DEBUG_SYNC) console.log(round, JSON.stringify(results.map((r) => (r.status === "done" ? r.outcomes.filter((o) => o.kind !== "ok") : r))));
      }
    } finally {
      await sim.control("DELETE", "/_sim/faults");
    }
    for (const a of accounts) expect(await storedInbound(a.accountId)).toEqual(await truthInbound(sim, a.username));

    const requests = await sim.control<RequestView>("GET", "/_sim/truth/requests");
    const failed = ["429", "500", "503", "0"].reduce((sum, status) => sum + (requests.byStatus[status] ?? 0), 0);
    expect(failed).toBeGreaterThan(0);
  });
});
