/** Browsers beat every 10 s; someone silent for three beats has left (closed the tab, lost the network). */
export const HEARTBEAT_MS = 10_000;
export const PRESENCE_TTL_MS = 30_000;
