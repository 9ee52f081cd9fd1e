import { isAppError } from "@/lib/errors";

export const MIN = 60_000;
export const HOUR = 60 * MIN;

export const WEEKDAYS_9_17 = { mon: [{ start: "09:00", end: "17:00" }], tue: [{ start: "09:00", end: "17:00" }], wed: [{ start: "09:00", end: "17:00" }], thu: [{ start: "09:00", end: "17:00" }], fri: [{ start: "09:00", end: "17:00" }] };
export const ALWAYS_OPEN = { mon: [{ start: "00:00", end: "24:00" }], tue: [{ start: "00:00", end: "24:00" }], wed: [{ start: "00:00", end: "24:00" }], thu: [{ start: "00:00", end: "24:00" }], fri: [{ start: "00:00", end: "24:00" }], sat: [{ start: "00:00", end: "24:00" }], sun: [{ start: "00:00", end: "24:00" }] };

/** The AppError code a call fails with, or "ok". */
export async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}
