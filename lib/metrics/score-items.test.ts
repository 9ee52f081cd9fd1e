import { describe, expect, it } from "vitest";
import { type BusinessHours, WEEKDAYS_9_TO_5 } from "@/lib/sla/business-hours";
import { slaState } from "@/lib/sla/sla-state";
import { scoreItems } from "./score-items";

const t = (iso: string) => Date.parse(iso);

describe("scoreItems", () => {
  it("counts first-response time in the client's business hours, across a weekend", () => {
    // Friday 16:45 London, answered Monday 09:20: 15 + 20 minutes of business time.
    const [score] = scoreItems([{ receivedAt: t("2026-03-06T16:45:00Z"), answeredAt: t("2026-03-09T09:20:00Z") }], {
      hours: WEEKDAYS_9_TO_5,
      timeZone: "Europe/London",
      slaMinutes: 60,
      now: t("2026-03-10T00:00:00Z"),
    });
    expect(score).toEqual({ responseSeconds: 35 * 60, sla: 1 });
  });

  it("reads the hours in the client's own time zone", () => {
    // 09:00 UTC Monday is 18:00 in Tokyo: after hours there, so the answer at 00:30 UTC Tuesday (09:30) took 30 minutes.
    const item = { receivedAt: t("2026-03-09T09:00:00Z"), answeredAt: t("2026-03-10T00:30:00Z") };
    const rules = { hours: WEEKDAYS_9_TO_5, slaMinutes: 20, now: t("2026-03-11T00:00:00Z") };
    expect(scoreItems([item], { ...rules, timeZone: "Asia/Tokyo" })[0]).toEqual({ responseSeconds: 1800, sla: -1 });
    // In London the same item waited from 09:00 to 17:00 Monday: 8 hours.
    expect(scoreItems([item], { ...rules, timeZone: "Europe/London" })[0]).toEqual({ responseSeconds: 8 * 3600, sla: -1 });
  });

  it("judges the SLA exactly as lib/sla's slaState does, answered or not", () => {
    const hours: BusinessHours = { ...WEEKDAYS_9_TO_5, holidays: ["2026-03-11"] };
    const now = t("2026-03-12T10:15:00Z");
    const items = [
      { receivedAt: t("2026-03-09T10:00:00Z"), answeredAt: t("2026-03-09T11:00:00Z") }, // exactly the budget: met
      { receivedAt: t("2026-03-09T10:00:00Z"), answeredAt: t("2026-03-09T11:00:01Z") }, // one second over: breached
      { receivedAt: t("2026-03-10T16:30:00Z"), answeredAt: t("2026-03-12T09:10:00Z") }, // across the holiday: 40 min, met
      { receivedAt: t("2026-03-12T09:30:00Z"), answeredAt: null }, // 45 min used: still inside
      { receivedAt: t("2026-03-12T09:00:00Z"), answeredAt: null }, // 75 min used: breached
    ];
    const scores = scoreItems(items, { hours, timeZone: "UTC", slaMinutes: 60, now });
    items.forEach((item, i) => {
      const state = slaState({ receivedAt: new Date(item.receivedAt), firstResponseAt: item.answeredAt ? new Date(item.answeredAt) : null, now: new Date(now), slaMinutes: 60, hours, timeZone: "UTC" });
      const expected = state.status === "met" ? 1 : state.status === "breached" ? -1 : 0;
      expect(scores[i]?.sla, `item ${i}`).toBe(expected);
    });
    expect(scores.map((s) => s.sla)).toEqual([1, -1, 1, 0, -1]);
    expect(scores[2]?.responseSeconds).toBe(40 * 60);
  });

  it("has nothing to score in a month with no activity", () => {
    expect(scoreItems([], { hours: WEEKDAYS_9_TO_5, timeZone: "UTC", slaMinutes: 60, now: Date.now() })).toEqual([]);
  });
});
