import { describe, expect, it } from "vitest";
import type { XPost } from "@/lib/x";
import { classifyPost, isAnswer } from "./classify-post";

const BRAND = "100";
const post = (extra: Partial<XPost>): XPost => ({
  id: "900",
  text: "hi",
  authorId: "200",
  createdAt: new Date(0),
  conversationId: "900",
  inReplyToUserId: null,
  inReplyToPostId: null,
  quotedPostId: null,
  repostedPostId: null,
  mentionedUserIds: [],
  hasLink: false,
  metrics: null,
  ...extra,
});
const authors: Record<string, string> = { "500": BRAND, "600": "300" };
const classify = (p: XPost) => classifyPost(p, BRAND, (id) => authors[id]);

describe("classifying posts for one account", () => {
  it("sorts the brand's own posts", () => {
    expect(classify(post({ authorId: BRAND }))).toEqual({ kind: "OWN_ORIGINAL", inbound: false });
    expect(classify(post({ authorId: BRAND, hasLink: true }))).toEqual({ kind: "OWN_LINK", inbound: false });
    expect(classify(post({ authorId: BRAND, inReplyToPostId: "1", inReplyToUserId: "200" }))).toEqual({ kind: "OWN_REPLY", inbound: false });
    expect(classify(post({ authorId: BRAND, repostedPostId: "600" }))).toEqual({ kind: "OWN_REPOST", inbound: false });
    expect(classify(post({ authorId: BRAND, quotedPostId: "600", hasLink: true }))).toEqual({ kind: "OWN_QUOTE", inbound: false });
  });

  it("sorts what people address to it: replies before quotes before mentions", () => {
    expect(classify(post({ mentionedUserIds: [BRAND] }))).toEqual({ kind: "MENTION", inbound: true });
    expect(classify(post({ inReplyToUserId: BRAND, inReplyToPostId: "500", mentionedUserIds: [BRAND] }))).toEqual({ kind: "REPLY", inbound: true });
    expect(classify(post({ quotedPostId: "500", mentionedUserIds: [BRAND] }))).toEqual({ kind: "QUOTE", inbound: true });
    expect(classify(post({ quotedPostId: "500" }))).toEqual({ kind: "QUOTE", inbound: true });
  });

  it("leaves out what is neither the brand's nor addressed to it", () => {
    expect(classify(post({ quotedPostId: "600" }))).toBeNull();
    expect(classify(post({ repostedPostId: "500", mentionedUserIds: [BRAND] }))).toBeNull();
    expect(classify(post({ inReplyToUserId: "300", inReplyToPostId: "600" }))).toBeNull();
  });

  it("counts a brand reply to someone else as an answer, not a reply in its own thread", () => {
    expect(isAnswer(post({ authorId: BRAND, inReplyToPostId: "1", inReplyToUserId: "200" }), BRAND)).toBe(true);
    expect(isAnswer(post({ authorId: BRAND, inReplyToPostId: "1", inReplyToUserId: BRAND }), BRAND)).toBe(false);
    expect(isAnswer(post({ inReplyToPostId: "1", inReplyToUserId: "300" }), BRAND)).toBe(false);
  });
});
