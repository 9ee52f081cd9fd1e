import type { IncomingHttpHeaders } from "node:http";
import { ApiResponseError, type TwitterApi } from "twitter-api-v2";
import type { z } from "zod";
import { XUpstreamError } from "./errors";
import { mapXError } from "./map-error";
import { parseRateLimit } from "./rate-limit-headers";
import type { RateLimitInfo, XCallHook, XCallReport } from "./report";

export const DEFAULT_TIMEOUT_MS = 10_000;

/** How a caller wants one call made: who to report it to and how long to wait. */
export type XCallOptions = {
  onCall?: XCallHook;
  /** Per-request timeout; X sometimes holds a connection open far longer than is useful. */
  timeoutMs?: number;
};

type Billed = { postIds: readonly string[]; userIds: readonly string[]; created?: XCallReport["created"] };

type CallSpec<S extends z.ZodType> = {
  client: TwitterApi;
  method: "GET" | "POST" | "DELETE";
  /** X's route name, e.g. "GET /2/users/:id/mentions": the ledger and rate-limit state key. */
  endpoint: string;
  /** The path under https://api.x.com/2/, e.g. "users/123/mentions". */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: Record<string, unknown>;
  schema: S;
  billed?: (body: z.infer<S>) => Billed;
  options?: XCallOptions;
};

export type XResult<T> = { data: T; rateLimit: RateLimitInfo | null };

function cleanQuery(query: Record<string, string | number | undefined> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) out[key] = value;
  return out;
}

/**
 * One HTTP call to X: sends it with a timeout, validates the body, and reports it (success or failure)
 * to the caller's hook. Failures come out as typed XErrors; retrying is the caller's decision.
 */
export async function callX<S extends z.ZodType>(spec: CallSpec<S>): Promise<XResult<z.infer<S>>> {
  const started = Date.now();
  const timeout = spec.options?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const report = (status: number, rateLimit: RateLimitInfo | null, billed: Billed = { postIds: [], userIds: [] }) => {
    spec.options?.onCall?.({
      endpoint: spec.endpoint,
      status,
      items: billed.postIds.length + billed.userIds.length,
      postIds: billed.postIds,
      userIds: billed.userIds,
      created: billed.created,
      rateLimit,
      durationMs: Date.now() - started,
      at: new Date(started),
    });
  };

  let response: { data: unknown; headers: IncomingHttpHeaders; code?: number };
  try {
    const args = { fullResponse: true as const, timeout };
    const query = cleanQuery(spec.query);
    if (spec.method === "GET") response = await spec.client.v2.get(spec.path, query, args);
    else if (spec.method === "POST") response = await spec.client.v2.post(spec.path, spec.body ?? {}, { ...args, query });
    else response = await spec.client.v2.delete(spec.path, query, args);
  } catch (error) {
    const headers = error instanceof ApiResponseError ? error.headers : undefined;
    const rateLimit = parseRateLimit(headers);
    const status = error instanceof ApiResponseError ? error.code : 0;
    report(status, rateLimit);
    throw mapXError(error, spec.endpoint, rateLimit);
  }

  const rateLimit = parseRateLimit(response.headers);
  const parsed = spec.schema.safeParse(response.data);
  if (!parsed.success) {
    report(200, rateLimit);
    const issue = parsed.error.issues[0];
    throw new XUpstreamError(`Unexpected body from X on ${spec.endpoint}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"}`, spec.endpoint, 200);
  }
  report(200, rateLimit, spec.billed?.(parsed.data));
  return { data: parsed.data, rateLimit };
}
