import { describe, expect, it } from "vitest";
import { WEEKDAYS_9_TO_5 } from "./business-hours";
import { type SlaInput, slaState } from "./sla-state";

const MINUTE = 60_000;
const d = (iso: string): Date => new Date(iso);

// 2025-01-06 is a Monday; a one-hour SLA on 9-to-5 weekdays in UTC unless a test says otherwise.
const base: SlaInput = {
  receivedAt: d("2025-01-06T10:00:00Z"),
  now: d("2025-01-06T10:00:00Z"),
  slaMinutes: 60,
  hours: WEEKDAYS_9_TO_5,
  timeZone: "UTC",
};

describe("slaState while unanswered", () => {
  it("is on track with more than a quarter of the budget left", () => {
    expect(slaState({ ...base, now: d("2025-01-06T10:30:00Z") })).toEqual({
      dueAt: d("2025-01-06T11:00:00Z"),
      status: "on_track",
      businessMillisLeft: 30 * MINUTE,
      businessMillisToFirstResponse: null,
    });
    expect(slaState({ ...base, now: d("2025-01-06T10:44:59.999Z") }).status).toBe("on_track");
  });

  it("is due soon from exactly 25% left down to 0 left", () => {
    expect(slaState({ ...base, now: d("2025-01-06T10:45:00Z") })).toMatchObject({
      status: "due_soon",
      businessMillisLeft: 15 * MINUTE,
    });
    expect(slaState({ ...base, now: d("2025-01-06T11:00:00Z") })).toMatchObject({
      status: "due_soon",
      businessMillisLeft: 0,
    });
  });

  it("is breached once more business time than the budget has passed, with a negative amount left", () => {
    expect(slaState({ ...base, now: d("2025-01-06T11:00:00.001Z") })).toMatchObject({
      status: "breached",
      businessMillisLeft: -1,
    });
    expect(slaState({ ...base, now: d("2025-01-07T10:00:00Z") })).toMatchObject({
      status: "breached",
      businessMillisLeft: -7 * 60 * MINUTE, // 8 business hours used against a 1-hour budget
    });
  });

  it("treats a null first response as unanswered", () => {
    expect(slaState({ ...base, firstResponseAt: null, now: d("2025-01-06T10:30:00Z") }).status).toBe("on_track");
  });

  it("waits for Monday when the mention arrives on Friday evening", () => {
    const friday = { ...base, receivedAt: d("2025-01-10T19:00:00Z") };
    expect(slaState({ ...friday, now: d("2025-01-11T12:00:00Z") })).toEqual({
      dueAt: d("2025-01-13T10:00:00Z"),
      status: "on_track",
      businessMillisLeft: 60 * MINUTE,
      businessMillisToFirstResponse: null,
    });
    expect(slaState({ ...friday, now: d("2025-01-13T09:50:00Z") }).status).toBe("due_soon");
    expect(slaState({ ...friday, now: d("2025-01-13T10:01:00Z") }).status).toBe("breached");
  });

  it("stays due soon with 0 left after a closing-time deadline until business time resumes", () => {
    const friday = { ...base, receivedAt: d("2025-01-10T16:00:00Z") };
    expect(slaState({ ...friday, now: d("2025-01-11T12:00:00Z") })).toEqual({
      dueAt: d("2025-01-10T17:00:00Z"),
      status: "due_soon",
      businessMillisLeft: 0,
      businessMillisToFirstResponse: null,
    });
    expect(slaState({ ...friday, now: d("2025-01-13T09:00:00.001Z") }).status).toBe("breached");
  });

  it("sees a full budget when now is before receipt (clock skew)", () => {
    expect(slaState({ ...base, now: d("2025-01-06T09:30:00Z") })).toMatchObject({
      status: "on_track",
      businessMillisLeft: 60 * MINUTE,
    });
  });

  it("keeps due dates on the local clock across DST", () => {
    const state = slaState({
      ...base,
      receivedAt: d("2025-03-07T21:30:00Z"),
      now: d("2025-03-08T12:00:00Z"),
      timeZone: "America/New_York",
    });
    expect(state.dueAt).toEqual(d("2025-03-10T13:30:00Z"));
    expect(state.businessMillisLeft).toBe(30 * MINUTE);
  });
});

describe("slaState once answered", () => {
  it("is met when answered within the budget, whatever now is", () => {
    expect(
      slaState({ ...base, firstResponseAt: d("2025-01-06T10:59:00Z"), now: d("2025-02-01T00:00:00Z") }),
    ).toEqual({
      dueAt: d("2025-01-06T11:00:00Z"),
      status: "met",
      businessMillisLeft: MINUTE,
      businessMillisToFirstResponse: 59 * MINUTE,
    });
  });

  it("is met when answered exactly at the deadline", () => {
    expect(slaState({ ...base, firstResponseAt: d("2025-01-06T11:00:00Z") })).toMatchObject({
      status: "met",
      businessMillisLeft: 0,
      businessMillisToFirstResponse: 60 * MINUTE,
    });
  });

  it("is breached when answered late, by the business time overrun", () => {
    expect(slaState({ ...base, firstResponseAt: d("2025-01-06T11:01:00Z") })).toMatchObject({
      status: "breached",
      businessMillisLeft: -MINUTE,
      businessMillisToFirstResponse: 61 * MINUTE,
    });
  });

  it("is met by a reply sent while closed after a closing-time deadline, since no business time passed", () => {
    const state = slaState({
      ...base,
      receivedAt: d("2025-01-10T16:00:00Z"),
      firstResponseAt: d("2025-01-11T12:00:00Z"),
    });
    expect(state).toMatchObject({ dueAt: d("2025-01-10T17:00:00Z"), status: "met" });
  });

  it("counts only business time to the first response", () => {
    const state = slaState({
      ...base,
      receivedAt: d("2025-01-10T16:30:00Z"),
      firstResponseAt: d("2025-01-13T09:15:00Z"),
    });
    expect(state).toMatchObject({ status: "met", businessMillisToFirstResponse: 45 * MINUTE });
  });

  it("is met with 0 business time when answered before opening", () => {
    const state = slaState({
      ...base,
      receivedAt: d("2025-01-11T10:00:00Z"),
      firstResponseAt: d("2025-01-11T11:00:00Z"),
    });
    expect(state).toMatchObject({ status: "met", businessMillisToFirstResponse: 0, businessMillisLeft: 60 * MINUTE });
  });
});

describe("slaState input checks", () => {
  it("rejects an SLA that is not a positive number of minutes", () => {
    for (const slaMinutes of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => slaState({ ...base, slaMinutes }), String(slaMinutes)).toThrow(RangeError);
    }
  });
});
