import type { ParsedBody } from '../http/read-body';
import type { HttpResult } from '../http/respond';
import type { Params } from '../http/router';
import type { AccessRecord } from '../oauth/tokens';
import type { Simulator } from '../simulator';
import type { CreateKind } from '../truth/pricing';
import type { SimUser } from '../world/types';
import type { RenderContext } from './render';

export interface ApiRequest {
  sim: Simulator;
  method: string;
  path: string;
  query: URLSearchParams;
  params: Params;
  body: ParsedBody | null;
  token: AccessRecord;
  /** The account the token acts for; null for app-only tokens. */
  viewer: SimUser | null;
  now: number;
  endpoint: string;
  render: RenderContext;
}

export interface ApiResponse extends HttpResult {
  billing?: { postIds?: readonly string[]; userIds?: readonly string[]; created?: CreateKind };
}

export interface ApiRoute {
  /** OAuth endpoints authenticate the client, not a bearer token; they get faults and logging only. */
  clientAuth?: (sim: ApiRequest['sim'], req: import('node:http').IncomingMessage) => Promise<ApiResponse>;
  /** OAuth 2.0 scopes a user token must carry (X's security requirements for the endpoint). */
  scopes: readonly string[];
  /** Endpoints that act as a user refuse app-only tokens. */
  userContext?: boolean;
  readsBody?: boolean;
  /** Pure reads: identical calls in the same clock second and world version reuse the encoded answer. */
  cacheable?: boolean;
  handler: (req: ApiRequest) => ApiResponse | Promise<ApiResponse>;
}

export const READ_SCOPES = ['tweet.read', 'users.read'] as const;
export const WRITE_SCOPES = ['tweet.read', 'users.read', 'tweet.write'] as const;
