// The sync streams each account has a cursor row for (sync_cursors.endpoint).
export const SYNC_STREAMS = ["mentions", "own_posts", "metrics", "followers"] as const;
export type SyncStream = (typeof SYNC_STREAMS)[number];
