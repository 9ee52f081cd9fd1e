import { describe, expect, it } from "vitest";
import { workerOptionsFromEnv } from "./worker-env";

describe("worker options from the environment", () => {
  it("uses the defaults when nothing is set", () => {
    expect(workerOptionsFromEnv({})).toEqual({ concurrency: undefined, tickMs: undefined, sync: {}, queueSuffix: undefined, agencyIds: undefined });
  });

  it("reads pacing, fleet and agency filters, and refuses nonsense", () => {
    const agency = "01a21562-8d0f-7353-852d-0fc6c503394c";
    expect(workerOptionsFromEnv({ SYNC_CONCURRENCY: "4", SYNC_ACTIVE_POLL_MS: "300", SYNC_QUEUE_SUFFIX: "kill-1", SYNC_AGENCY_IDS: ` ${agency} ,` })).toEqual({
      concurrency: 4,
      tickMs: undefined,
      sync: { activePollMs: 300 },
      queueSuffix: "kill-1",
      agencyIds: [agency],
    });
    expect(() => workerOptionsFromEnv({ SYNC_AGENCY_IDS: "not-a-uuid" })).toThrow();
    expect(() => workerOptionsFromEnv({ SYNC_CONCURRENCY: "0" })).toThrow();
  });
});
