import { describe, expect, it } from "vitest";
import { ALWAYS_OPEN, WEEKDAYS_9_TO_5 } from "@/lib/sla/business-hours";
import { addBusinessMillis } from "@/lib/sla/business-time";
import { slaState } from "@/lib/sla/sla-state";
import { rowSla } from "./row-sla";

const zones = ["Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Sydney"];

describe("rowSla from the precomputed due time", () => {
  it("agrees with slaState computed from scratch, across zones, hours and moments", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 400; i++) {
      const hours = i % 2 ? WEEKDAYS_9_TO_5 : ALWAYS_OPEN;
      const timeZone = zones[i % zones.length]!;
      const slaMinutes = [15, 60, 240][i % 3]!;
      const receivedAt = new Date(Date.UTC(2026, 2, 1) + Math.floor(random() * 60 * 86_400_000));
      const now = new Date(receivedAt.getTime() + Math.floor(random() * 5 * 86_400_000));
      const dueAt = addBusinessMillis(receivedAt, slaMinutes * 60_000, hours, timeZone);
      const expected = slaState({ receivedAt, now, slaMinutes, hours, timeZone });
      const row = rowSla({ dueAt, now, slaMinutes, hours, timeZone });
      expect({ i, status: row.status }).toEqual({ i, status: expected.status });
      if (expected.businessMillisLeft >= 0) expect(row.businessMillisLeft).toBe(expected.businessMillisLeft);
    }
  });

  it("due exactly at closing time is not breached until business time resumes", () => {
    // Received Friday 16:00 in London with 60 minutes: due 17:00, the close.
    const dueAt = addBusinessMillis(new Date("2026-03-06T16:00:00Z"), 3_600_000, WEEKDAYS_9_TO_5, "Europe/London");
    expect(dueAt.toISOString()).toBe("2026-03-06T17:00:00.000Z");
    const saturday = rowSla({ dueAt, now: new Date("2026-03-07T12:00:00Z"), slaMinutes: 60, hours: WEEKDAYS_9_TO_5, timeZone: "Europe/London" });
    expect(saturday).toEqual({ status: "due_soon", dueAt: dueAt.toISOString(), businessMillisLeft: 0 });
    const monday = rowSla({ dueAt, now: new Date("2026-03-09T09:01:00Z"), slaMinutes: 60, hours: WEEKDAYS_9_TO_5, timeZone: "Europe/London" });
    expect(monday.status).toBe("breached");
  });

  it("nothing awaiting: no SLA", () => {
    expect(rowSla({ dueAt: null, now: new Date(), slaMinutes: 60, hours: ALWAYS_OPEN, timeZone: "UTC" })).toEqual({ status: "none", dueAt: null, businessMillisLeft: null });
  });
});
