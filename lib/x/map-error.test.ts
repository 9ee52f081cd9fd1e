import type { ClientRequest, IncomingMessage } from "node:http";
import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from "twitter-api-v2";
import { describe, expect, it } from "vitest";
import { XBadRequestError, XForbiddenError, XNotFoundError, XRateLimitedError, XUnauthorizedError, XUpstreamError } from "./errors";
import { mapXError } from "./map-error";
import { parseRateLimit } from "./rate-limit-headers";

const request = {} as ClientRequest;
const response = { statusCode: 500 } as IncomingMessage;
const answer = (code: number, data: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new ApiResponseError(`Request failed with code ${code}`, { code, data, headers, request, response, rateLimit: undefined });
const map = (error: unknown, headers?: Record<string, string>) => mapXError(error, "GET /2/users/:id/mentions", parseRateLimit(headers));

describe("X errors", () => {
  it("sorts plan and billing refusals apart from auth failures", () => {
    expect(map(answer(402, { title: "CreditsDepleted", type: "https://api.x.com/2/problems/credits" }))).toMatchObject({ kind: "plan", reason: "credits_depleted" });
    expect(map(answer(403, { reason: "client-not-enrolled", type: "https://api.x.com/2/problems/client-forbidden" }))).toMatchObject({ kind: "plan", reason: "client_not_enrolled" });
    expect(map(answer(403, { errors: [{ code: 453, message: "You currently have access to a subset of X API V2 endpoints" }] }))).toMatchObject({ kind: "plan", reason: "not_in_plan" });
    expect(map(answer(401, { title: "Unauthorized" }))).toBeInstanceOf(XUnauthorizedError);
    expect(map(answer(403, { title: "Forbidden", detail: "You are not allowed" }))).toBeInstanceOf(XForbiddenError);
    expect(map(answer(404, { title: "Not Found" }))).toBeInstanceOf(XNotFoundError);
    expect(map(answer(400, { errors: [{ message: "Invalid 'since_id'" }] }))).toBeInstanceOf(XBadRequestError);
  });

  it("makes 5xx, dropped connections and broken bodies retryable, and nothing else", () => {
    for (const error of [
      map(answer(503, { title: "Service Unavailable" })),
      map(new ApiRequestError("Request failed.", { request, error: new Error("Request timeout.") })),
      map(new ApiPartialResponseError("partial", { request, response, responseError: new SyntaxError("Unexpected end"), rawContent: '{"data":' })),
    ]) {
      expect(error).toBeInstanceOf(XUpstreamError);
      expect(error.retryable).toBe(true);
    }
    expect(map(answer(402, {})).retryable).toBe(false);
    expect(map(answer(401, {})).retryable).toBe(false);
  });

  it("reads the reset of a 429 from the window that ran out, the 24-hour ones included", () => {
    const reset15 = Math.ceil(Date.now() / 1000) + 600;
    const reset24 = Math.ceil(Date.now() / 1000) + 20 * 3600;
    const fifteen = map(answer(429, {}), { "x-rate-limit-limit": "300", "x-rate-limit-remaining": "0", "x-rate-limit-reset": String(reset15) });
    expect(fifteen).toBeInstanceOf(XRateLimitedError);
    expect(fifteen).toMatchObject({ window: "15m", resetAt: new Date(reset15 * 1000) });
    const day = map(answer(429, {}), {
      "x-rate-limit-limit": "100",
      "x-rate-limit-remaining": "42",
      "x-rate-limit-reset": String(reset15),
      "x-user-limit-24hour-limit": "100",
      "x-user-limit-24hour-remaining": "0",
      "x-user-limit-24hour-reset": String(reset24),
    });
    expect(day).toMatchObject({ window: "24h", resetAt: new Date(reset24 * 1000) });
    // No headers at all: assume a 15-minute window.
    const blind = map(answer(429, {})) as XRateLimitedError;
    expect(blind.resetAt.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });
});
