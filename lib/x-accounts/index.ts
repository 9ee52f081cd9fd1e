export { saveConnection, type SaveConnectionInput } from "./save-connection";
export { getAccessToken, type GetAccessTokenOptions } from "./get-access-token";
export { disconnectAccount } from "./disconnect-account";
export { markNeedsReconnect } from "./mark-account";
export { AccountUnavailableError } from "./errors";
export { SYNC_STREAMS, type SyncStream } from "./sync-endpoints";
