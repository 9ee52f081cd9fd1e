import { describe, expect, it } from "vitest";
import {
  answersItem,
  compareXIds,
  countsForEngagement,
  firstAnswerAt,
  gotReplyBack,
  metricDefinitions,
  needsAnswer,
  ownCategory,
  percentile,
  type PostFacts,
  ratio,
  rateBand,
  responseBucketIndex,
  socialBand,
} from "./definitions";

const BRAND = "100";
const brand = new Set([BRAND, "101"]); // two connected accounts of one client
let clock = Date.parse("2026-03-02T09:00:00Z");
let seq = 1_000_000_000_000_000_000n;

/** A post minted "now", with an X id that grows with time like a snowflake. */
function post(facts: Partial<PostFacts> & Pick<PostFacts, "kind">): PostFacts {
  clock += 60_000;
  seq += 1_000n;
  return {
    xId: seq.toString(),
    inbound: ["MENTION", "REPLY", "QUOTE"].includes(facts.kind),
    authorId: facts.kind.startsWith("OWN_") ? BRAND : "200",
    xConversationId: null,
    inReplyToXId: null,
    inReplyToUserId: null,
    repostedXId: null,
    hasLink: false,
    postedAt: new Date(clock),
    ...facts,
  };
}

const mention = (extra: Partial<PostFacts> = {}) => {
  const p = post({ kind: "MENTION", ...extra });
  return { ...p, xConversationId: extra.xConversationId ?? p.xId };
};
const replyTo = (target: PostFacts, extra: Partial<PostFacts> = {}) =>
  post({ kind: "OWN_REPLY", inReplyToXId: target.xId, inReplyToUserId: target.authorId, xConversationId: target.xConversationId, ...extra });

describe("needed an answer", () => {
  it("is every inbound item except the brand's own and bare reposts", () => {
    expect(needsAnswer(mention(), brand)).toBe(true);
    expect(needsAnswer(post({ kind: "QUOTE" }), brand)).toBe(true);
    expect(needsAnswer(mention({ authorId: "101" }), brand)).toBe(false); // the client's other account
    expect(needsAnswer(mention({ repostedXId: "42" }), brand)).toBe(false);
    expect(needsAnswer(post({ kind: "OWN_ORIGINAL" }), brand)).toBe(false);
  });
});

describe("answered", () => {
  it("counts a reply typed directly on X exactly like one sent through Rapport", () => {
    const item = mention();
    const onX = replyTo(item);
    expect(answersItem(onX, item, brand)).toBe(true);
    expect(firstAnswerAt(item, [onX], brand)).toEqual(onX.postedAt);
  });

  it("counts a reply later in the same thread, not one to an earlier post", () => {
    const item = mention();
    const followUp = post({ kind: "REPLY", inReplyToXId: item.xId, xConversationId: item.xConversationId });
    const later = replyTo(followUp);
    expect(answersItem(later, item, brand)).toBe(true);

    const first = mention();
    const second = post({ kind: "REPLY", inReplyToXId: first.xId, xConversationId: first.xConversationId });
    const toFirstOnly = post({ kind: "OWN_REPLY", inReplyToXId: first.xId, inReplyToUserId: "200", xConversationId: first.xConversationId, postedAt: new Date(clock + 1) });
    expect(answersItem(toFirstOnly, second, brand)).toBe(false);
  });

  it("does not count the brand continuing its own thread, or a reply in another thread", () => {
    const item = mention();
    const ownPost = post({ kind: "OWN_ORIGINAL", xConversationId: item.xConversationId });
    const thread = post({ kind: "OWN_REPLY", inReplyToXId: ownPost.xId, inReplyToUserId: BRAND, xConversationId: item.xConversationId });
    expect(answersItem(thread, item, brand)).toBe(false);
    expect(answersItem(replyTo(mention()), item, brand)).toBe(false);
    expect(firstAnswerAt(item, [thread], brand)).toBeNull();
  });

  it("takes a reopened conversation item by item: a new message needs a new answer", () => {
    const opening = mention();
    const answer = replyTo(opening);
    const reopened = post({ kind: "REPLY", inReplyToXId: answer.xId, inReplyToUserId: BRAND, xConversationId: opening.xConversationId });
    expect(firstAnswerAt(opening, [answer], brand)).toEqual(answer.postedAt);
    expect(firstAnswerAt(reopened, [answer], brand)).toBeNull();
    const second = replyTo(reopened);
    expect(firstAnswerAt(reopened, [answer, second], brand)).toEqual(second.postedAt);
    expect(firstAnswerAt(opening, [second, answer], brand)).toEqual(answer.postedAt); // the first answer, whatever the order
  });

  it("needs the conversation to look past the item itself", () => {
    const item = post({ kind: "MENTION", xConversationId: null });
    const later = post({ kind: "OWN_REPLY", inReplyToXId: "9".repeat(20), inReplyToUserId: "300", xConversationId: null });
    expect(answersItem(later, item, brand)).toBe(false);
    expect(answersItem(replyTo(item), item, brand)).toBe(true);
  });
});

describe("own posts", () => {
  it("splits posts into original, link, reply, repost and quote; own threads are content", () => {
    expect(ownCategory(post({ kind: "OWN_ORIGINAL" }), brand)).toBe("original");
    expect(ownCategory(post({ kind: "OWN_LINK", hasLink: true }), brand)).toBe("link");
    expect(ownCategory(replyTo(mention()), brand)).toBe("reply");
    expect(ownCategory(post({ kind: "OWN_REPLY", inReplyToXId: "1", inReplyToUserId: BRAND }), brand)).toBe("original");
    expect(ownCategory(post({ kind: "OWN_REPLY", inReplyToXId: "1", inReplyToUserId: "101", hasLink: true }), brand)).toBe("link");
    expect(ownCategory(post({ kind: "OWN_REPOST", repostedXId: "9" }), brand)).toBe("repost");
    expect(ownCategory(post({ kind: "OWN_QUOTE" }), brand)).toBe("quote");
    expect(ownCategory(mention(), brand)).toBeNull();
  });

  it("leaves reposts out of engagement: their counts belong to the reposted post", () => {
    expect(countsForEngagement(post({ kind: "OWN_REPOST" }))).toBe(false);
    expect(countsForEngagement(post({ kind: "OWN_REPLY" }))).toBe(true);
    expect(countsForEngagement(mention())).toBe(false);
  });

  it("says a reply got a reply back only when someone other than the brand answered it", () => {
    const reply = replyTo(mention());
    const fromBrand = post({ kind: "OWN_REPLY", inReplyToXId: reply.xId, inReplyToUserId: BRAND });
    expect(gotReplyBack(reply, [fromBrand], brand)).toBe(false);
    const back = post({ kind: "REPLY", inReplyToXId: reply.xId, inReplyToUserId: BRAND });
    expect(gotReplyBack(reply, [fromBrand, back], brand)).toBe(true);
  });
});

describe("formulas", () => {
  it("shows a share only when there is something to divide by", () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 0)).toBeNull();
  });

  it("takes nearest-rank percentiles like PostgreSQL's percentile_disc", () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(90);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it("bands the interaction ratio", () => {
    expect(socialBand(0.5)).toBe("social");
    expect(socialBand(0.3)).toBe("mixed");
    expect(socialBand(0.1)).toBe("broadcasting");
    expect(socialBand(null)).toBeNull();
  });

  it("grades response and SLA rates in one place", () => {
    expect([0.95, 0.9, 0.89, 0.7, 0.69, null].map(rateBand)).toEqual(["good", "good", "fair", "fair", "poor", null]);
  });

  it("puts response times into inclusive buckets", () => {
    expect(responseBucketIndex(0)).toBe(0);
    expect(responseBucketIndex(900)).toBe(0);
    expect(responseBucketIndex(901)).toBe(1);
    expect(responseBucketIndex(10 * 86_400)).toBe(5);
  });

  it("compares X ids as numbers", () => {
    expect(compareXIds("99", "100")).toBeLessThan(0);
    expect(compareXIds("1000000000000000001", "1000000000000000000")).toBeGreaterThan(0);
  });

  it("defines every metric the report shows, with the client's SLA in words", () => {
    const definitions = metricDefinitions("1 h");
    expect(definitions.map((d) => d.key)).toEqual(["inbound", "needed", "answered", "responseRate", "firstResponse", "sla", "ownPosts", "interactionRatio", "reciprocity", "engagement", "followers", "top", "usage"]);
    expect(definitions.find((d) => d.key === "sla")?.definition).toContain("1 h of business hours");
  });
});
