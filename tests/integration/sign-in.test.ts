import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { setMemberActive } from "@/lib/team/set-member-active";
import { actorFor } from "../factories/actor-for";
import { createTenant, TEST_PASSWORD } from "../factories/create-tenant";

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the e-mail", async () => {
    const { users } = await createTenant("signin");
    const result = await verifyCredentials({ email: users.staffA.email.toUpperCase(), password: TEST_PASSWORD });
    expect(result).toMatchObject({ ok: true, user: { id: users.staffA.id } });
  });

  it("refuses a wrong password and an unknown address the same way", async () => {
    const { users } = await createTenant("signin");
    expect(await verifyCredentials({ email: users.staffA.email, password: "wrong password" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: `nobody-${Date.now()}@x.test`, password: "whatever" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles after five failures, even for the right password, and says for how long", async () => {
    const { users } = await createTenant("throttle");
    const email = users.staffA.email;
    for (let i = 0; i < 4; i++) expect(await verifyCredentials({ email, password: "nope" })).toMatchObject({ reason: "invalid" });
    expect(await verifyCredentials({ email, password: "nope" })).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 30 });
    const locked = await verifyCredentials({ email, password: TEST_PASSWORD });
    expect(locked).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("counts concurrent failures without losing any", async () => {
    const { users } = await createTenant("race");
    const results = await Promise.all(Array.from({ length: 5 }, () => verifyCredentials({ email: users.staffAll.email, password: "nope" })));
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(1);
  });

  it("refuses a deactivated user and ends their existing sessions", async () => {
    const { users } = await createTenant("deactivate");
    const admin = await actorFor(users.admin);
    expect(await loadActor(users.staffA.id, 0)).not.toBeNull();

    await setMemberActive(admin, { membershipId: users.staffA.membershipId, active: false });

    expect(await loadActor(users.staffA.id, 0)).toBeNull();
    expect(await verifyCredentials({ email: users.staffA.email, password: TEST_PASSWORD })).toEqual({ ok: false, reason: "deactivated" });

    await setMemberActive(admin, { membershipId: users.staffA.membershipId, active: true });
    const again = await verifyCredentials({ email: users.staffA.email, password: TEST_PASSWORD });
    expect(again).toMatchObject({ ok: true, user: { sessionVersion: 1 } });
    // The old session stays dead; only a new sign-in (with the new version) works.
    expect(await loadActor(users.staffA.id, 0)).toBeNull();
    expect(await loadActor(users.staffA.id, 1)).not.toBeNull();
  });

  it("does not let an admin deactivate themselves or the last admin", async () => {
    const { users } = await createTenant("last-admin");
    const admin = await actorFor(users.admin);
    await expect(setMemberActive(admin, { membershipId: users.admin.membershipId, active: false })).rejects.toThrow(/yourself/);
  });
});
