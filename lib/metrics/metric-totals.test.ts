import { describe, expect, it } from "vitest";
import { deriveMetrics, emptyCounts, type MetricCounts, sumCounts } from "./metric-totals";

const day = (counts: Partial<MetricCounts>): MetricCounts => ({ ...emptyCounts(), ...counts });

describe("deriveMetrics", () => {
  it("shows no rates at all for a month with no activity (not zero per cent)", () => {
    expect(deriveMetrics(sumCounts([]))).toEqual({
      inbound: 0,
      unanswered: 0,
      responseRate: null,
      slaMetRate: null,
      ownTotal: 0,
      interactions: 0,
      interactionRatio: null,
      reciprocity: null,
      engagements: 0,
      engagementRate: null,
    });
  });

  it("derives each rate from summed counts, never by averaging daily rates", () => {
    const month = sumCounts([
      day({ inboundMentions: 9, neededAnswer: 9, answered: 9, slaMet: 9, ownReplies: 9 }),
      day({ inboundMentions: 1, inboundQuotes: 1, neededAnswer: 2, answered: 0, slaBreached: 2, ownOriginal: 1, ownLink: 3 }),
    ]);
    const d = deriveMetrics(month);
    expect(d.inbound).toBe(11);
    expect(d.responseRate).toBeCloseTo(9 / 11);
    expect(d.unanswered).toBe(2);
    expect(d.slaMetRate).toBeCloseTo(9 / 11);
    expect(d.interactionRatio).toBeCloseTo(9 / 13);
  });

  it("leaves items still inside their SLA out of the SLA rate", () => {
    expect(deriveMetrics(day({ neededAnswer: 10, answered: 4, slaMet: 3, slaBreached: 1 })).slaMetRate).toBe(0.75);
  });

  it("computes reciprocity over replies and engagement over impressions", () => {
    const d = deriveMetrics(day({ ownReplies: 8, repliesGotReply: 2, impressions: 1000, likes: 30, reposts: 5, replies: 3, quotes: 1, bookmarks: 1 }));
    expect(d.reciprocity).toBe(0.25);
    expect(d.engagements).toBe(40);
    expect(d.engagementRate).toBe(0.04);
  });
});
