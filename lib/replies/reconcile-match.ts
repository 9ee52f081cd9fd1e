// Matching a reply we may have posted against what X says the account posted. X rewrites text on the way
// in: links become t.co links, &, < and > come back HTML-escaped, surrounding whitespace goes.

const URL_PATTERN = /https?:\/\/\S+/gi;

export function normalizeReplyText(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(URL_PATTERN, "<url>")
    .replace(/\s+/g, " ")
    .trim();
}

export type CandidatePost = { id: string; text: string; inReplyToPostId: string | null; authorId: string };

/**
 * The account's post that is our reply: same author, same parent, same text. Ids already claimed by
 * another sent reply are skipped, so two drafts with the same text never both claim one post.
 */
export function findPostedReply(
  posts: readonly CandidatePost[],
  want: { accountXUserId: string; inReplyToXId: string; text: string },
  claimedIds: ReadonlySet<string> = new Set(),
): CandidatePost | undefined {
  const text = normalizeReplyText(want.text);
  return posts
    .filter((p) => p.authorId === want.accountXUserId && p.inReplyToPostId === want.inReplyToXId && !claimedIds.has(p.id))
    .filter((p) => normalizeReplyText(p.text) === text)
    .sort((a, b) => (a.id.length - b.id.length) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}
