import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../factories/create-tenant";
import { bulkMentions, connectSimAccount, makeDue, requestsOf, startSim, storedInbound, syncAll, truthInbound, type Sim } from "./harness";

const MENTIONS = "GET /2/users/:id/mentions";

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim?.close();
});

describe("X calls per sync", () => {
  it("drains N new mentions in ceil(N/100) calls and polls an idle account with one call", async () => {
    const tenant = await createTenant("calls");
    const a = await connectSimAccount(sim, { agencyId: tenant.agencyId, clientId: tenant.clients.a.id });
    const mentionCalls = async () => (await requestsOf(sim, a.username))[MENTIONS] ?? 0;

    await bulkMentions(sim, a.username, 250);
    await syncAll([a.accountId]);
    expect(await mentionCalls()).toBe(3);

    for (let poll = 1; poll <= 3; poll++) {
      await makeDue([a.accountId]);
      await syncAll([a.accountId]);
      expect(await mentionCalls()).toBe(3 + poll);
    }

    await bulkMentions(sim, a.username, 130, { spreadMs: 130 });
    await makeDue([a.accountId]);
    await syncAll([a.accountId]);
    expect(await mentionCalls()).toBe(6 + 2);
    expect(await storedInbound(a.accountId)).toEqual(await truthInbound(sim, a.username));
  });
});
