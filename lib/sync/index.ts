// lib/sync: the X → Postgres sync engine. The worker process (worker/main.ts) runs startSyncWorker; the app
// reads sync state with getSyncStatus and live inbox events with subscribeInboxEvents.
export { startSyncWorker, SYNC_QUEUE, FOLLOWERS_QUEUE, type SyncWorker, type SyncWorkerOptions } from "./start-sync-worker";
export { syncAccount, type SyncRunResult } from "./sync-account";
export { refreshFollowers } from "./refresh-followers";
export { getSyncStatus, type AccountSyncStatus } from "./get-sync-status";
export { subscribeInboxEvents, type InboxEvent, type InboxEventFilter } from "./inbox-events";
export { INBOX_CHANNEL } from "./inbox-event";
export { resolveSyncOptions, syncOptionsSchema, type SyncOptions, type SyncOptionsInput } from "./sync-options";
