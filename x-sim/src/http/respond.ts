import type { ServerResponse } from 'node:http';

export type Headers = Record<string, string | number>;

export interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Headers;
  /** Raw body (HTML, SVG, pre-assembled JSON); when set, `body` is ignored. */
  raw?: string | Buffer;
  contentType?: string;
}

export const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = 'application/problem+json';

export function json(status: number, body: unknown, headers?: Headers): HttpResult {
  return headers ? { status, body, headers } : { status, body };
}

/** X sends top-level problems (401, 403, 429, …) as application/problem+json. */
export function problem(status: number, body: unknown, headers?: Headers): HttpResult {
  return { status, body, headers, contentType: PROBLEM_TYPE };
}

export function html(status: number, page: string, headers?: Headers): HttpResult {
  return { status, raw: page, contentType: 'text/html; charset=utf-8', headers };
}

export function redirect(location: string): HttpResult {
  return { status: 302, headers: { location }, raw: '' };
}

/** The bytes of a result, encoded once. */
export function serialize(result: HttpResult): { payload: Buffer; contentType: string } {
  if (result.raw !== undefined) {
    return {
      payload: typeof result.raw === 'string' ? Buffer.from(result.raw) : result.raw,
      contentType: result.contentType ?? 'text/plain; charset=utf-8',
    };
  }
  const text = result.body === undefined ? '' : JSON.stringify(result.body);
  return { payload: Buffer.from(text), contentType: result.contentType ?? JSON_TYPE };
}

export function send(res: ServerResponse, result: HttpResult, payloadOverride?: Buffer): void {
  const { payload, contentType } = serialize(result);
  const body = payloadOverride ?? payload;
  const headers: Record<string, string | number> = {
    'content-type': contentType,
    'content-length': body.length,
    'cache-control': 'no-cache, no-store, max-age=0',
  };
  if (result.headers) Object.assign(headers, result.headers);
  res.writeHead(result.status, headers);
  res.end(body);
}
