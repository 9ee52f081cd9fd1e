import { describe, expect, it } from "vitest";
import { emptyCounts } from "@/lib/metrics/metric-totals";
import type { PeriodFigures } from "./report-types";
import { writeSummary } from "./write-summary";

const figures = (f: Partial<PeriodFigures>): PeriodFigures => ({
  ...emptyCounts(),
  medianFirstResponseSeconds: null,
  p90FirstResponseSeconds: null,
  followers: null,
  followersStart: null,
  ...f,
});

describe("writeSummary", () => {
  it("says plainly when nothing happened", () => {
    const summary = writeSummary(figures({}), null, 60);
    expect(summary).toMatchObject({ headline: "No activity this month", band: "quiet" });
    expect(summary.points).toHaveLength(1);
  });

  it("calls out a broadcasting month with unanswered mentions, problems first", () => {
    const summary = writeSummary(
      figures({ inboundMentions: 40, neededAnswer: 40, answered: 10, slaMet: 5, slaBreached: 30, ownLink: 18, ownOriginal: 4, ownReplies: 3, medianFirstResponseSeconds: 5 * 3600 }),
      null,
      60,
    );
    expect(summary.band).toBe("broadcasting");
    expect(summary.headline).toBe("Mostly broadcasting: only 12% of posts were conversation");
    expect(summary.points.map((p) => p.tone)).toEqual(["warn", "warn", "warn", "warn"]);
    expect(summary.points[0]?.text).toContain("30 of 40 posts that needed an answer got none");
    expect(summary.points[1]?.text).toContain("more than 5 h of business time, against a 1 h target");
    expect(summary.points.some((p) => p.text.includes("18 of 25 posts were link broadcasts"))).toBe(true);
  });

  it("praises a social month and reports growth and the change in response rate", () => {
    const summary = writeSummary(
      figures({ inboundReplies: 100, neededAnswer: 100, answered: 95, slaMet: 90, slaBreached: 5, ownReplies: 80, ownReposts: 10, ownOriginal: 10, repliesGotReply: 30, medianFirstResponseSeconds: 600, followers: 1200, followersStart: 1100 }),
      figures({ neededAnswer: 100, answered: 70, ownReplies: 5, ownOriginal: 5 }),
      60,
    );
    expect(summary.band).toBe("social");
    expect(summary.headline).toBe("A social month: 90% of posts were conversation");
    expect(summary.points.map((p) => p.tone)).toEqual(["good", "good", "good", "good", "info"]);
    expect(summary.points[4]?.text).toBe("Response rate rose from 70% last month to 95%.");
    expect(summary.points.some((p) => p.text === "+100 followers this month (now 1,200).")).toBe(true);
  });

  it("says so when most answers went out of hours, instead of 'within 0 s of business time'", () => {
    const summary = writeSummary(figures({ inboundMentions: 10, neededAnswer: 10, answered: 9, slaMet: 4, slaBreached: 5, ownReplies: 9, medianFirstResponseSeconds: 0 }), null, 60);
    const point = summary.points.find((p) => p.text.startsWith("Half of all first answers"));
    expect(point?.text).toBe("Half of all first answers went out before any business time had passed (out of hours), but only 44% of posts got one within the 1 h target: 5 missed it, answered late or not at all.");
  });

  it("notices a brand that said nothing while people wrote to it", () => {
    const summary = writeSummary(figures({ inboundMentions: 7, neededAnswer: 7 }), null, 60);
    expect(summary.band).toBe("quiet");
    expect(summary.headline).toContain("Silent this month: 7 posts from people");
  });
});
