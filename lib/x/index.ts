// lib/x: the only code that talks to X. Everything it returns is plain, validated, typed data;
// everything that goes wrong is a typed XError (see errors.ts).
export { XAuth } from "./auth";
export type { XCallOptions } from "./call-x";
export * from "./errors";
export type { RateLimitInfo, XCallHook, XCallReport } from "./report";
export type { XPost, XPostMetrics, XPostPage, XUserProfile } from "./types";
export { createAuthorizationLink, CONNECT_SCOPES } from "./create-authorization-link";
export { exchangeAuthorizationCode, type ConnectedXAccount } from "./exchange-authorization-code";
export { refreshAccessToken } from "./refresh-access-token";
export { revokeToken } from "./revoke-token";
export { getMe } from "./get-me";
export { getMentionsPage, MENTIONS_ENDPOINT } from "./get-mentions-page";
export { getUserPostsPage, USER_POSTS_ENDPOINT } from "./get-user-posts-page";
export { searchRecent, searchConversation, SEARCH_ENDPOINT } from "./search-recent";
export { getPostsByIds, POSTS_LOOKUP_ENDPOINT, MAX_IDS_PER_LOOKUP } from "./get-posts-by-ids";
export { getUsersByIds, USERS_LOOKUP_ENDPOINT, MAX_USERS_PER_LOOKUP } from "./get-users-by-ids";
export { postReply, CREATE_POST_ENDPOINT } from "./post-reply";
export { repost, REPOST_ENDPOINT } from "./repost";
